package glossa.exchange.imports;

import java.util.List;

/** Reading values of parsed Web Annotation JSON, where the W3C model allows one value or an array of them. */
final class WebAnnotationJson {

    private WebAnnotationJson() {
    }

    static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }

    static Object first(Object value) {
        List<?> l = list(value);
        return l.isEmpty() ? null : l.get(0);
    }

    static boolean hasValue(Object value, String wanted) {
        return list(value).contains(wanted);
    }

    static String string(Object value) {
        return value == null ? null : value instanceof String s ? s : value.toString();
    }

    static int integer(Object value) {
        // The reader gives integral numbers as Long; anything else is not a valid offset.
        return value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE ? n.intValue() : -1;
    }
}
