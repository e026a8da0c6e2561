package glossa.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchorer;
import glossa.core.text.ArticleText;
import glossa.model.Document;
import glossa.model.Section;

/**
 * An article and what the analysts said about it: the decoded text and the one EMF {@link Document} that the editor,
 * the views, the exporters and the command line all share.
 *
 * <p>Offsets in the document are UTF-16 code units into {@link #text()}, with line endings as in the file.</p>
 */
public final class AnnotatedArticle {

    private final Path articlePath;
    private ArticleText articleText;
    private final Document document;
    private boolean textChangedSinceAnnotated;
    private List<Section> sectionsAnnotatedOn;
    private ReanchorReport reanchorReport;
    private byte[] sidecarBase;
    private List<String> loadProblems = List.of();

    public AnnotatedArticle(Path articlePath, ArticleText articleText, Document document) {
        this.articlePath = articlePath;
        this.articleText = Objects.requireNonNull(articleText);
        this.document = Objects.requireNonNull(document);
    }

    /** The article file; may be null for an article that exists only in memory (tests, benchmarks). */
    public Path articlePath() {
        return articlePath;
    }

    public String text() {
        return articleText.text();
    }

    public ArticleText articleText() {
        return articleText;
    }

    /** Replaces the text, e.g. after an edit in the editor; annotations are not moved by this call. */
    public void setArticleText(ArticleText articleText) {
        this.articleText = Objects.requireNonNull(articleText);
    }

    public Document document() {
        return document;
    }

    /**
     * The sidecar's bytes as this article last read or wrote them, or null when there was no sidecar: the base of
     * the three-way merge a save runs when another writer changed the sidecar since ({@link glossa.core.io.SidecarWriter}).
     */
    public byte[] sidecarBase() {
        return sidecarBase;
    }

    public void setSidecarBase(byte[] bytes) {
        this.sidecarBase = bytes;
    }

    /**
     * True when the text on disk is not the text the annotations were made on (its hash differs from
     * {@link Document#getContentHash()}): annotations may need re-anchoring. Whoever re-anchors clears it.
     */
    public boolean textChangedSinceAnnotated() {
        return textChangedSinceAnnotated;
    }

    public void setTextChangedSinceAnnotated(boolean changed) {
        this.textChangedSinceAnnotated = changed;
        if (!changed) {
            sectionsAnnotatedOn = null;
        }
    }

    /**
     * While re-anchoring is pending ({@link #textChangedSinceAnnotated()}): the top-level sections of the text the
     * annotations were made on, detached from the document (which now holds the new text's sections), so that the
     * re-anchoring can still weigh section membership. Null otherwise (then the document's sections are the ones).
     */
    public List<Section> sectionsAnnotatedOn() {
        return sectionsAnnotatedOn;
    }

    public void setSectionsAnnotatedOn(List<Section> oldSections) {
        this.sectionsAnnotatedOn = oldSections == null ? null : List.copyOf(oldSections);
    }

    /**
     * The last re-anchoring of this article (on open, or after a reload), applied or about to be; null when there was
     * none. Its results keep the old quotes, which a review shows beside the new text.
     */
    public ReanchorReport reanchorReport() {
        return reanchorReport;
    }

    /**
     * Re-anchors the annotations on the current text; changes nothing until the report is applied. Uses the sections
     * the annotations were made on when loading kept them ({@link #sectionsAnnotatedOn()}). Reads the document only,
     * so it may run in a background job while nobody changes the document.
     */
    public ReanchorReport reanchor(String oldText, IProgressMonitor monitor) {
        List<Section> oldSections = sectionsAnnotatedOn != null ? sectionsAnnotatedOn : document().getSections();
        return new Reanchorer().reanchor(text(), document(), oldSections, oldText, monitor);
    }

    /**
     * Records that {@code report} was applied to the document: the annotations now belong to the current text, so
     * {@link #textChangedSinceAnnotated()} is cleared and the old sections are let go.
     */
    public void reanchored(ReanchorReport report) {
        this.reanchorReport = report;
        setTextChangedSinceAnnotated(false);
    }

    /**
     * What opening found wrong in the sidecar and repaired in memory (offsets outside the text, ids used twice), one
     * line each; empty for a sound sidecar. The repairs are saved with the next save.
     */
    public List<String> loadProblems() {
        return loadProblems;
    }

    public void setLoadProblems(List<String> problems) {
        this.loadProblems = List.copyOf(problems);
    }

    /** The sidecar file that holds the annotations of an article: {@code article.txt.glossa} beside it. */
    public static Path sidecarOf(Path articlePath) {
        return articlePath.resolveSibling(articlePath.getFileName() + SIDECAR_SUFFIX);
    }

    public static final String SIDECAR_SUFFIX = ".glossa";
}
