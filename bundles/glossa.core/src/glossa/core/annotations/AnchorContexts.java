package glossa.core.annotations;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.util.AnchorTexts;

/**
 * Lets the annotations of a loaded document share the article text in memory instead of each holding its own quote,
 * prefix and suffix: the largest part of a loaded document (Chinese context is two bytes a character, about 260 bytes
 * per annotation).
 *
 * <p>Each annotation is checked on its own: only one whose stored quote and context equal, character for character,
 * what the text gives at its offsets (cut as {@link AnnotationFactory} cuts them) derives them from the text from then
 * on. The content hash is not trusted for this. An annotation that does not match (moved, fuzzy or orphaned, or the
 * text changed outside Glossa) keeps its strings, so re-anchoring still sees the old quote and context. Whatever
 * changes an annotation's offsets, quote or context later stores its values again first, so the sharing can never
 * make a value wrong; see {@link AnchorTexts}.</p>
 */
public final class AnchorContexts {

    private AnchorContexts() {
    }

    /**
     * Shares {@code text} (the very instance, so that no copy is made) with every annotation of {@code document} that
     * matches it. Changes nothing observable and notifies nothing.
     *
     * @return how many annotations now derive their quote and context from {@code text}
     */
    public static int share(Document document, String text) {
        int shared = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (AnchorTexts.share(annotation, text)) {
                shared++;
            }
        }
        return shared;
    }
}
