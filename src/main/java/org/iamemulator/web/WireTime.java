package org.iamemulator.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The two timestamp shapes of the Huawei IAM v5 wire format, which the emulator's control API answers in too: always
 * UTC with a literal Z.
 */
public final class WireTime {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {}

    /** {@code 2023-04-26T03:49:42Z}: creation times. */
    public static String seconds(Instant instant) {
        return instant == null ? null : SECONDS.format(instant);
    }

    /** {@code 2023-09-13T03:32:02.563Z}: login and last-used times. */
    public static String millis(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }
}
