package glossa.exchange.refiqda;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** The dates of a REFI-QDA project ({@code creationDateTime}, {@code modifiedDateTime}), read leniently. */
final class QdeDates {

    private QdeDates() {
    }

    /** An xsd:dateTime; one without a zone (as in the spec's examples) is taken as UTC; unreadable ones are null. */
    static Date date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Date common = commonDate(value);
        if (common != null) {
            return common;
        }
        try {
            return Date.from(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * The form tools write, {@code 2024-03-01T08:15:30Z} (optional fraction, {@code Z} or {@code ±hh:mm}, or no
     * zone), read without a formatter: an import reads two dates per coding, and parsing them was a tenth of it.
     * Null for anything else, which {@link #date} then reads with java.time.
     */
    static Date commonDate(String value) {
        String v = value.strip();
        int n = v.length();
        if (n < 19 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && v.charAt(i) == '.') {
            int start = ++i;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 9) {
                return null;
            }
            nanos = digits(v, start, i - start);
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char zone = v.charAt(i);
            if (zone == 'Z' && i + 1 == n) {
                offsetSeconds = 0;
            } else if ((zone == '+' || zone == '-') && i + 6 == n && v.charAt(i + 3) == ':') {
                int hours = digits(v, i + 1, 2);
                int minutes = digits(v, i + 4, 2);
                if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                    return null;
                }
                offsetSeconds = (zone == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            } else {
                return null;
            }
        }
        try {
            return Date.from(LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)));
        } catch (java.time.DateTimeException outOfRange) {
            return null; // e.g. month 13: java.time gives the same answer (unreadable)
        }
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
