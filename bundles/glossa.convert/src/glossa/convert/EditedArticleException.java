package glossa.convert;

import java.nio.file.Path;

/**
 * Converting again would replace text the analyst edited in Glossa since the last conversion (the article's SHA-256
 * is no longer the one recorded at conversion). Nothing was written; the caller asks, and converts again with
 * {@code force} only when the analyst agrees.
 */
public final class EditedArticleException extends ConversionException {

    private static final long serialVersionUID = 1L;

    private final transient Path article;

    public EditedArticleException(Path article) {
        super(article.getFileName() + " was edited since it was converted; converting again would replace those edits "
                + "(left as it is; convert with --force to replace it, or choose another article name)");
        this.article = article;
    }

    /** The edited article. */
    public Path article() {
        return article;
    }
}
