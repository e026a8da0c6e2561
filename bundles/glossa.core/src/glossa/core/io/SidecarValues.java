package glossa.core.io;

import static glossa.core.io.SidecarDecline.require;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The attribute values of a sidecar in the forms EMF writes them, as {@link SidecarFastReader} reads them: canonical
 * numbers, booleans, enum literals, dates and {@code #id} references. Any other form makes it give up
 * ({@link SidecarDecline}), and EMF reads the file instead.
 */
final class SidecarValues {

    private SidecarValues() {
    }

    /** The ID in a same-file reference {@code #id}; other URI forms (paths, other files) are left to EMF. */
    static String referencedId(String value) {
        require(value.length() > 1 && value.charAt(0) == '#');
        for (int i = 1; i < value.length(); i++) {
            char ch = value.charAt(i);
            require(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-'
                    || ch == '_' || ch == ':' || ch == '.' && i > 1);
        }
        return value.substring(1);
    }

    /** An enum literal the model knows: {@code get(value)} gave null for one it does not. */
    static <T> T present(T literal) {
        require(literal != null);
        return literal;
    }

    static boolean bool(String value) {
        if ("true".equals(value)) {
            return true;
        }
        require("false".equals(value));
        return false;
    }

    /** An optional minus and 1 to 9 digits: always an {@code int}, read alike by any parser. */
    static int integer(String value) {
        int length = value.length();
        int start = length > 0 && value.charAt(0) == '-' ? 1 : 0;
        require(length > start && length - start <= 9);
        int result = 0;
        for (int i = start; i < length; i++) {
            char ch = value.charAt(i);
            require(ch >= '0' && ch <= '9');
            result = result * 10 + (ch - '0');
        }
        return start == 1 ? -result : result;
    }

    /** Java's {@code Double.toString} form, which EMF writes: {@code 1.0}, {@code 0.85}, {@code 1.0E-4}. */
    static double decimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        require(i > digits && i < value.length() && value.charAt(i) == '.');
        int fraction = ++i;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        require(i > fraction);
        if (i < value.length()) {
            require(value.charAt(i) == 'E');
            i++;
            if (i < value.length() && value.charAt(i) == '-') {
                i++;
            }
            int exponent = i;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            require(i > exponent && i == value.length());
        }
        return Double.parseDouble(value);
    }

    /**
     * {@code yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm}, the form EMF writes, for the years 1900–9999 where {@code java.time}
     * and EMF's {@code SimpleDateFormat} agree (see {@link SidecarXmlHelper#format}); anything else, such as a value
     * EMF's lenient parser would roll over (month 13), is left to EMF.
     */
    static Date date(String v) {
        require(v.length() == 28 && v.charAt(4) == '-' && v.charAt(7) == '-' && v.charAt(10) == 'T'
                && v.charAt(13) == ':' && v.charAt(16) == ':' && v.charAt(19) == '.');
        char sign = v.charAt(23);
        require(sign == '+' || sign == '-');
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int millis = digits(v, 20, 3);
        int offsetHours = digits(v, 24, 2);
        int offsetMinutes = digits(v, 26, 2);
        require(year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59
                && second <= 59 && offsetHours <= 18 && offsetMinutes <= 59);
        require(day <= YearMonth.of(year, month).lengthOfMonth());
        int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        require(Math.abs(offsetSeconds) <= 18 * 3600);
        long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second)
                .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
        return new Date(epochSecond * 1000 + millis);
    }

    private static int digits(String value, int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; i++) {
            char ch = value.charAt(i);
            require(ch >= '0' && ch <= '9');
            result = result * 10 + (ch - '0');
        }
        return result;
    }
}
