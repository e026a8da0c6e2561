package glossa.ui.internal.editor;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * After the article changed on disk: keeps annotations whose quote is still at their offsets, moves the others to the
 * nearest occurrence of their quote (MOVED), and orphans those whose quote is gone. A simple exact-quote search; the
 * core anchorer, when it lands, can replace it.
 */
final class QuoteReanchor {

    private QuoteReanchor() {
    }

    /** Returns whether any annotation changed. */
    static boolean reanchor(Document document, String text) {
        boolean changed = false;
        for (Annotation a : document.getAnnotations()) {
            String quote = a.getQuote();
            if (a.getStatus() == AnnotationStatus.ORPHANED || quote == null || quote.isEmpty()) {
                continue;
            }
            if (a.getEnd() <= text.length() && a.getBegin() >= 0 && text.startsWith(quote, a.getBegin())
                    && a.getEnd() - a.getBegin() == quote.length()) {
                continue;
            }
            int best = -1;
            for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
                if (best < 0 || Math.abs(i - a.getBegin()) < Math.abs(best - a.getBegin())) {
                    best = i;
                }
            }
            if (best >= 0) {
                AnnotationFactory.setSpan(a, text, best, best + quote.length());
                a.setAnchor(AnchorState.MOVED);
            } else {
                int at = Math.min(Math.max(a.getBegin(), 0), text.length());
                a.setBegin(at);
                a.setEnd(at);
                a.setAnchor(AnchorState.ORPHANED);
                a.setStatus(AnnotationStatus.ORPHANED);
            }
            changed = true;
        }
        return changed;
    }
}
