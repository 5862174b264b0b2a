package org.iamemulator.core.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidMarkerException;

/**
 * A validated page request: {@code limit} 1–200 (default 100) and an opaque {@code marker}. The marker is the
 * URL-safe base64 of the last key of the previous page, prefixed so that foreign strings are recognised as such.
 */
public record PageRequest(int limit, String afterKey) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;

    private static final String PREFIX = "m1:";
    private static final Pattern MARKER_SHAPE = Pattern.compile("[A-Za-z0-9+/=_-]{4,400}");

    public static PageRequest of(Integer limit, String marker) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw InvalidInputException.parameter("limit", "an integer from 1 to " + MAX_LIMIT);
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, marker == null ? null : decode(marker));
    }

    public static String markerAfter(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        if (!MARKER_SHAPE.matcher(marker).matches()) {
            throw new InvalidMarkerException();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
                throw new InvalidMarkerException();
            }
            return text.substring(PREFIX.length());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidMarkerException();
        }
    }
}
