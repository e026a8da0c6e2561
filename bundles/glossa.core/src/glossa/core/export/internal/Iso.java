package glossa.core.export.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** ISO-8601 instants in UTC ("2025-09-26T12:07:00Z", milliseconds only when present), for every export format. */
public final class Iso {

    private Iso() {
    }

    public static String format(Date date) {
        return date == null ? "" : date.toInstant().toString();
    }

    /** Parses an ISO-8601 instant; null for an empty value. */
    public static Date parse(String value) throws DateTimeParseException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Date.from(Instant.parse(value.strip()));
    }
}
