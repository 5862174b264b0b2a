package org.iamemulator.policyengine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Typed parsing of condition values, shared by policy compilation and request evaluation. */
final class ConditionValues {

    private ConditionValues() {}

    /** Decimal number: optional sign, digits with optional fraction, optional exponent. Null if malformed. */
    static BigDecimal parseNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 100) {
            return null;
        }
        int i = 0;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            // Bounded exponent keeps BigDecimal arithmetic cheap and exception-free.
            if (expDigits == 0 || expDigits > 4) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        return new BigDecimal(s);
    }

    /**
     * Date/time: ISO-8601 with offset or Z ({@code 2012-11-11T23:59:59Z}, {@code ...59.123+08:00}), a plain
     * date ({@code 2012-11-11}, = midnight UTC), or integer epoch seconds ({@code 1352678399}). Null if malformed.
     */
    static Instant parseDate(String s) {
        int n = s.length();
        if (n == 0 || n > 64) {
            return null;
        }
        boolean allDigits = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && !(i == 0 && c == '-' && n > 1)) {
                allDigits = false;
                break;
            }
        }
        if (allDigits) {
            if (n > 12) {
                return null;
            }
            return Instant.ofEpochSecond(Long.parseLong(s));
        }
        try {
            if (n == 10) {
                return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            if (n > 10 && (s.charAt(10) == 'T' || s.charAt(10) == 't')) {
                return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** "true"/"false" in any case; null otherwise. */
    static Boolean parseBool(String s) {
        if ("true".equalsIgnoreCase(s)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(s)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
