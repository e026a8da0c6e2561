package glossa.core.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchoring;
import glossa.core.io.SidecarStore;
import glossa.model.Document;

/**
 * Coders given as files: the article's own sidecar is one coder and each other sidecar of the same article another
 * (e.g. a colleague's copy sent by mail, or one taken from another branch). A sidecar made on another version of the
 * text is re-anchored on this one first, in memory; nothing is written.
 */
public final class SidecarCoders {

    private SidecarCoders() {
    }

    /**
     * The coding of {@code article} with one coder per sidecar: the article's own (named {@code ownName}) and each
     * of {@code others} (named by {@code otherNames}, one each).
     *
     * @throws glossa.core.io.SidecarException when another sidecar cannot be read (it is left untouched)
     */
    public static ArticleCoding load(AnnotatedArticle article, String ownName, List<Path> others,
            List<String> otherNames) throws IOException {
        if (others.size() != otherNames.size()) {
            throw new IllegalArgumentException("one name per sidecar");
        }
        SidecarStore store = new SidecarStore();
        List<Document> documents = new ArrayList<>(List.of(article.document()));
        for (Path other : others) {
            documents.add(store.load(other));
        }
        List<String> names = new ArrayList<>(List.of(ownName));
        names.addAll(otherNames);
        return of(article, documents, names);
    }

    /**
     * The coding of {@code article} with one coder per document (e.g. the article's sidecar as several Git branches
     * have it), named by {@code names}, one each. A document made on another version of the text is re-anchored on
     * this one first; the documents are changed by that, so pass copies or freshly loaded ones.
     */
    public static ArticleCoding of(AnnotatedArticle article, List<Document> documents, List<String> names) {
        if (documents.size() != names.size()) {
            throw new IllegalArgumentException("one name per sidecar");
        }
        for (Document document : documents) {
            if (document != article.document() && Reanchoring.isNeeded(document, article.text())) {
                ReanchorReport report = (new AnnotatedArticle(null, article.articleText(),
                        document)).reanchor(null, null);
                report.apply();
            }
        }
        ArticleCoding own = ArticleCoding.of(article);
        return ArticleCoding.of(own.name(), own.length(), documents, names, own.sections());
    }
}
