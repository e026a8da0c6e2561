package glossa.ui.internal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarException;
import glossa.core.io.SidecarStore;
import glossa.core.io.SidecarWriter;
import glossa.core.merge.MergeResult;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.model.Document;

/**
 * The editor's one door to glossa.core's {@link ArticleStore}: opening, saving, and the two ways out of a broken
 * sidecar (keep it aside, or open the text alone). Writes are atomic; a sidecar that cannot be read is never written
 * over.
 */
public final class ArticleFiles {

    private static final ArticleStore STORE = new ArticleStore();
    /** Only its merge is used here (nothing is written through it): the same merge the save runs. */
    private static final SidecarWriter MERGER = new SidecarWriter(STORE.sidecars(), new glossa.core.io.AtomicFileWriter());

    private ArticleFiles() {
    }

    /**
     * Decodes the article and loads its sidecar, or starts a fresh document when there is none. When the text changed
     * since the annotations were made, the re-anchoring is left pending ({@link ArticleStore.ReanchorPolicy#DEFER}):
     * the editor runs it and applies it as one undoable command.
     *
     * @throws glossa.core.io.ArticleTooLargeException above {@link ArticleStore#MAX_ARTICLE_BYTES}
     * @throws SidecarException when the sidecar exists but cannot be read
     */
    public static AnnotatedArticle open(Path article, IProgressMonitor monitor) throws IOException {
        return STORE.open(article, ArticleStore.ReanchorPolicy.DEFER, monitor);
    }

    /** The text only, with a fresh document; used when the sidecar is broken and kept aside or ignored. */
    public static AnnotatedArticle openWithoutSidecar(Path article) throws IOException {
        ArticleStore.checkSize(article);
        ArticleText text = TextDecoder.decode(article);
        return new AnnotatedArticle(article, text, newDocument(article, text));
    }

    /** Renames a broken sidecar out of the way and returns its new name. */
    public static Path setAside(Path sidecar) throws IOException {
        return SidecarStore.keepAside(sidecar);
    }

    /** A fresh document for a text, with its sections detected. */
    public static Document newDocument(Path article, ArticleText text) {
        Document document = ArticleStore.newDocument(article, text, ContentHash.of(text.text()));
        document.getSections().addAll(SectionDetector.detect(text.text()));
        return document;
    }

    /** Writes the text (when asked) and the sidecar, each atomically, the text in its own encoding. */
    public static void save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor) throws IOException {
        STORE.save(article, writeText, monitor);
    }

    /**
     * Saves as a compare-and-swap: what another writer saved into the sidecar since it was read is merged first,
     * through {@code applyMerge} (the editor makes it one undoable command), then written.
     *
     * @return the merge applied, or null when nobody else had written the sidecar
     * @throws SidecarException when the sidecar on disk cannot be read (nothing is written, not even the text)
     */
    public static MergeResult save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor,
            Consumer<MergeResult> applyMerge) throws IOException {
        return STORE.save(article, writeText, monitor, applyMerge);
    }

    /** The sidecar's bytes now, or null when there is none. */
    public static byte[] readSidecar(Path sidecar) throws IOException {
        return SidecarStore.readIfExists(sidecar);
    }

    /**
     * The merge of the sidecar's {@code current} bytes (another writer's) into the article's document, base = the
     * bytes last read or written; not applied.
     *
     * @throws SidecarException when {@code current} is not a sidecar Glossa can read
     */
    public static MergeResult merge(AnnotatedArticle article, byte[] current) throws IOException {
        return MERGER.merge(article, current, AnnotatedArticle.sidecarOf(article.articlePath()));
    }

    public static ArticleText decode(Path article) throws IOException {
        ArticleStore.checkSize(article);
        return TextDecoder.decode(article);
    }

    /** {@code file:line:col} of a sidecar problem. */
    public static String location(SidecarException problem) {
        return problem.file() + ":" + problem.line() + ":" + problem.column();
    }
}
