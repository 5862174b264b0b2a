package org.iamemulator.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket with exactly the bytes given: request lines, header names and values that no HTTP
 * client library would send (raw control bytes, invalid UTF-8, duplicates, huge values).
 */
final class Wire {

    /** One header as sent: raw bytes of name and value. */
    record Header(String name, byte[] value) {
        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request: method, raw target (path and query as they go on the request line), headers and body. */
    record Request(String method, byte[] target, List<Header> headers, byte[] body) {
        String describe() {
            String text = new String(target, StandardCharsets.ISO_8859_1);
            StringBuilder out = new StringBuilder(method).append(' ').append(abbreviate(text, 300));
            for (Header header : headers) {
                out.append(" | ")
                        .append(header.name())
                        .append(": ")
                        .append(abbreviate(new String(header.value(), StandardCharsets.ISO_8859_1), 120));
            }
            if (body != null && body.length > 0) {
                out.append(" | body(")
                        .append(body.length)
                        .append(")=")
                        .append(abbreviate(new String(body, StandardCharsets.ISO_8859_1), 300));
            }
            return out.toString();
        }

        /** Everything the client sent, as text, to tell echoed input from leaked internals. */
        String text() {
            StringBuilder out = new StringBuilder(new String(target, StandardCharsets.UTF_8));
            headers.forEach(h -> out.append('\n').append(new String(h.value(), StandardCharsets.UTF_8)));
            if (body != null && body.length < 2_000_000) {
                out.append('\n').append(new String(body, StandardCharsets.UTF_8));
            }
            return out.toString();
        }
    }

    /** What came back; {@code status} is -1 when the server closed the connection without an answer. */
    record Response(int status, List<String[]> headers, String body) {
        Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst();
        }

        long count(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).count();
        }
    }

    private final int port;

    Wire(int port) {
        this.port = port;
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
    }

    Response send(Request request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write(request.method().getBytes(StandardCharsets.ISO_8859_1));
            head.write(' ');
            head.write(request.target());
            head.write(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            head.write(("Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (Header header : request.headers()) {
                head.write(header.name().getBytes(StandardCharsets.ISO_8859_1));
                head.write(": ".getBytes(StandardCharsets.ISO_8859_1));
                head.write(header.value());
                head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            byte[] body = request.body() == null ? new byte[0] : request.body();
            if (body.length > 0 || !List.of("GET", "HEAD", "DELETE", "OPTIONS").contains(request.method())) {
                head.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            // a large body is written beside the reading: the server may answer (and close) before reading it all
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toByteArray());
                    for (int offset = 0; offset < body.length; offset += 65536) {
                        out.write(body, offset, Math.min(65536, body.length - offset));
                    }
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server answered without reading everything
                }
            });
            writer.start();
            byte[] raw;
            try {
                raw = readAll(socket.getInputStream());
            } finally {
                writer.join(60_000);
            }
            return parse(raw, request.method());
        } catch (SocketTimeoutException e) {
            return new Response(-2, List.of(), "timeout");
        } catch (IOException e) {
            return new Response(-1, List.of(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
                if (complete(all.toByteArray())) {
                    // a hostile header may have turned "Connection: close" into something else: don't wait for EOF
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // a reset after the answer: keep what arrived
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    /** Whether the bytes hold a whole answer: headers and a body of Content-Length, or a last chunk. */
    private static boolean complete(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int length = head.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int lineEnd = head.indexOf("\r\n", length + 2);
            String value = head.substring(
                            length + "\r\ncontent-length:".length(), lineEnd < 0 ? head.length() : lineEnd)
                    .trim();
            try {
                return raw.length - (end + 4) >= Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return head.contains("chunked") && text.endsWith("0\r\n\r\n");
    }

    private static Response parse(byte[] raw, String method) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Response(-1, List.of(), "no complete answer: " + abbreviate(text, 200));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {
                lines[i].substring(0, colon).trim(),
                lines[i].substring(colon + 1).trim()
            });
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream()
                .anyMatch(h -> h[0].equalsIgnoreCase("Transfer-Encoding")
                        && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        byte[] body = "HEAD".equals(method) ? new byte[0] : chunked ? dechunk(rest) : rest;
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = i;
            while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            if (sizeText.isEmpty()) {
                break;
            }
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(data, start, Math.min(size, data.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }
}
