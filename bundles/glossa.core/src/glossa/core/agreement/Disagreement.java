package glossa.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.model.AnnotationStatus;

/**
 * A stretch of text where the coders' codings differ: a chain of overlapping annotations (of any types) that are not
 * matched exactly (same type, same offsets) by every other coder of the article.
 *
 * @param section the deepest section holding {@code begin}, or null
 * @param byCoder every coder of the article, in the study's order, with their annotations here (possibly none)
 */
public record Disagreement(int begin, int end, Scope section, Map<String, List<CodedSpan>> byCoder) {

    public Disagreement {
        Map<String, List<CodedSpan>> copy = new LinkedHashMap<>();
        byCoder.forEach((coder, spans) -> copy.put(coder, List.copyOf(spans)));
        byCoder = Collections.unmodifiableMap(copy);
    }

    /** The coders whose coding here still stands: they have an annotation here that is not rejected. */
    public List<String> standing() {
        List<String> standing = new ArrayList<>();
        byCoder.forEach((coder, spans) -> {
            if (spans.stream().anyMatch(s -> s.status() != AnnotationStatus.REJECTED)) {
                standing.add(coder);
            }
        });
        return standing;
    }

    /** Whether it still waits for adjudication: two or more codings stand. */
    public boolean open() {
        return standing().size() >= 2;
    }

    /** All annotations here, of every coder. */
    public List<CodedSpan> spans() {
        List<CodedSpan> all = new ArrayList<>();
        byCoder.values().forEach(all::addAll);
        return all;
    }
}
