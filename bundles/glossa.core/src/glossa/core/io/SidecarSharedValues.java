package glossa.core.io;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares the values a sidecar repeats, as {@link LoadedDocumentCompactor} shares them after EMF's load: one String
 * per distinct author, attribute name and value and relation kind, one {@code Date} for equal created and modified
 * texts. Not thread-safe; one instance serves one {@link SidecarFastReader}.
 */
final class SidecarSharedValues {

    /** Longer texts are rarely repeated, and would cost more to hash than sharing them saves. */
    private static final int MAX_SHARED_LENGTH = 64;

    private final Map<String, String> repeated = new HashMap<>();
    private String lastDateText;
    private Date lastDate;

    /** The first equal String seen, or {@code value} itself. */
    String shared(String value) {
        if (value.length() > MAX_SHARED_LENGTH) {
            return value;
        }
        String first = repeated.putIfAbsent(value, value);
        return first != null ? first : value;
    }

    /** {@link SidecarValues#date(String)}, the same Date for the same text twice in a row. */
    Date date(String text) {
        // Created and modified are mostly the same instant: one Date for both, as AnnotationFactory makes them.
        if (text.equals(lastDateText)) {
            return lastDate;
        }
        lastDate = SidecarValues.date(text);
        lastDateText = text;
        return lastDate;
    }
}
