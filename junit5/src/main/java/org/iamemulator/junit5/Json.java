package org.iamemulator.junit5;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little JSON the extension exchanges with the control API: objects whose members it reads are strings, numbers,
 * booleans or nulls. Hand-written so that the extension brings no JSON library to the user's class path.
 */
final class Json {

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /** The members of an object, each value as its text (strings unescaped, {@code null} as null, others raw). */
    static Map<String, String> parseObject(String text) {
        Json json = new Json(text);
        json.skipWhitespace();
        Map<String, String> members = json.object();
        json.skipWhitespace();
        if (json.position != text.length()) {
            throw json.error("end of the text");
        }
        return members;
    }

    /** A JSON string literal of {@code value}. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private Map<String, String> object() {
        expect('{');
        Map<String, String> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(name, value());
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return members;
            }
            expect(',');
        }
    }

    private String value() {
        char first = peek();
        if (first == '"') {
            return string();
        }
        int start = position;
        if (first == '{' || first == '[') {
            skipNested();
            return text.substring(start, position);
        }
        while (position < text.length() && "-+.0123456789eEtrufalsn".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String literal = text.substring(start, position);
        if (literal.isEmpty()) {
            throw error("a value");
        }
        return literal.equals("null") ? null : literal;
    }

    /** Past a nested object or array, which the extension does not read: its members stay text. */
    private void skipNested() {
        int depth = 0;
        do {
            char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            position++;
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        } while (depth > 0);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("four hexadecimal digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void expect(char expected) {
        if (next() != expected) {
            position--;
            throw error("'" + expected + "'");
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("more text");
        }
        return text.charAt(position);
    }

    private char next() {
        char c = peek();
        position++;
        return c;
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalStateException error(String expected) {
        return new IllegalStateException(
                "Unexpected answer from the emulator, expected " + expected + " at " + position + ": " + text);
    }
}
