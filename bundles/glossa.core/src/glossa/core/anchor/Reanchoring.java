package glossa.core.anchor;

import glossa.core.text.ContentHash;
import glossa.model.Document;

/**
 * Decides whether a document's annotations were made on another text than the one now in the file.
 *
 * <p>Typical use when an article is opened: {@code if (Reanchoring.isNeeded(doc, text)) report =
 * article.reanchor(null, monitor);} ({@link glossa.core.AnnotatedArticle#reanchor}) then show the report, and apply it
 * through the editing domain ({@link ReanchorReport#toCommand}) or directly ({@link ReanchorReport#apply()}).</p>
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

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}: the model's {@code Document.contentHash}. */
    public static String contentHash(String text) {
        return ContentHash.of(text);
    }
}
