package glossa.bench;

import java.util.Map;

/**
 * One generated annotation, independent of either tool, so Glossa's document and UIMA's CAS are filled with exactly
 * the same data. {@code memo} may be null; {@code attributes} keep their order.
 */
public record AnnotationSpec(String id, String typeId, int begin, int end, String status, String author, String memo,
        Map<String, String> attributes, long createdMillis) {
}
