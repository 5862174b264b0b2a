package org.iamemulator.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has been read once, up to a limit, so that a signature can be checked over the exact bytes
 * and the controller can still read them.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

    /** The body is larger than the limit. */
    public static final class TooLarge extends Exception {

        private final boolean unread;

        TooLarge(boolean unread) {
            super(null, null, false, false);
            this.unread = unread;
        }

        /** True when the declared length gave it away and nothing was read: the request can still be passed on. */
        public boolean unread() {
            return unread;
        }
    }

    /** The largest request body any dialect reads (1 MiB); a larger one is refused unread. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    public static CachedBodyRequest read(HttpServletRequest request) throws IOException, TooLarge {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TooLarge(true);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new TooLarge(false);
            }
            return new CachedBodyRequest(request, body);
        }
    }

    public byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
