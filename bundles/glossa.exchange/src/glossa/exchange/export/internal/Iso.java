package glossa.exchange.export.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** ISO-8601 instants in UTC ("2025-09-26T12:07:00Z", milliseconds only when present), for every export format. */
public final class Iso {

    private Iso() {
    }

    /** 10000-01-01T00:00:00Z: from here on {@link Instant#toString()} writes a signed, longer year. */
    private static final long YEAR_10000 = 253_402_300_800_000L;

    /** The same text as {@code date.toInstant().toString()}; "" for null. */
    public static String format(Date date) {
        if (date == null) {
            return "";
        }
        long ms = date.getTime();
        if (ms < 0 || ms >= YEAR_10000) {
            return date.toInstant().toString();
        }
        // Exports format one or two dates per annotation; the JDK's formatter is a general pattern engine.
        char[] c = new char[24];
        long days = ms / 86_400_000L;
        int msOfDay = (int) (ms % 86_400_000L);
        LocalDate day = LocalDate.ofEpochDay(days);
        digits(c, 0, day.getYear(), 4);
        c[4] = '-';
        digits(c, 5, day.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, day.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, msOfDay / 3_600_000, 2);
        c[13] = ':';
        digits(c, 14, msOfDay / 60_000 % 60, 2);
        c[16] = ':';
        digits(c, 17, msOfDay / 1000 % 60, 2);
        int millis = msOfDay % 1000;
        if (millis == 0) {
            c[19] = 'Z';
            return new String(c, 0, 20);
        }
        c[19] = '.';
        digits(c, 20, millis, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Parses an ISO-8601 instant; null for an empty value. */
    public static Date parse(String value) throws DateTimeParseException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Date.from(Instant.parse(value.strip()));
    }
}
