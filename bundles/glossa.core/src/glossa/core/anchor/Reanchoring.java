package glossa.core.anchor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.text.ContentHash;
import glossa.model.Document;
import glossa.model.Section;

/**
 * The entry point for loading and the command line: decides whether a document's annotations were made on another
 * text than the one now in the file, and re-anchors them.
 *
 * <p>Typical use when an article is opened: {@code if (Reanchoring.isNeeded(doc, text)) report =
 * Reanchoring.reanchor(article, null, monitor);} then show the report, and apply it through the editing domain
 * ({@link ReanchorReport#toCommand}) or directly ({@link ReanchorReport#apply()}).</p>
 */
public final class Reanchoring {

    private Reanchoring() {
    }

    /**
     * True when the document records the hash of another text than {@code text}. A document without a hash (new, or
     * written by a version that did not record one) is taken as made on this text.
     */
    public static boolean isNeeded(Document document, String text) {
        String recorded = document.getContentHash();
        return recorded != null && !recorded.isEmpty() && !recorded.equalsIgnoreCase(contentHash(text));
    }

    /**
     * Re-anchors the article's annotations on its current text; changes nothing until the report is applied. Uses the
     * sections the annotations were made on when loading kept them ({@link AnnotatedArticle#sectionsAnnotatedOn()}).
     * Reads the document only, so it may run in a background job while nobody changes the document.
     */
    public static ReanchorReport reanchor(AnnotatedArticle article, String oldText, IProgressMonitor monitor) {
        List<Section> oldSections = article.sectionsAnnotatedOn() != null ? article.sectionsAnnotatedOn()
                : article.document().getSections();
        return new Reanchorer().reanchor(article.text(), article.document(), oldSections, oldText, monitor);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}: the model's {@code Document.contentHash}. */
    public static String contentHash(String text) {
        return ContentHash.of(text);
    }
}
