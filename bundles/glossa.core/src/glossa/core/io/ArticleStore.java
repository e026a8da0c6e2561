package glossa.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.annotations.AnchorContexts;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.merge.MergeResult;
import glossa.core.sections.FrontMatterMetadata;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextEncoder;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * Opens and saves an article with its sidecar: the one way the editor and the command line get an
 * {@link AnnotatedArticle}.
 *
 * <p>Open: the size is checked ({@link #MAX_ARTICLE_BYTES}), then the sidecar is read (its recorded encoding helps
 * decoding; a bad sidecar fails the open before anything else), then the text, then sections are detected unless the
 * analyst corrected them. When the text's hash differs from the one recorded, the annotations are re-anchored on the
 * new text as the {@link ReanchorPolicy} says: {@link ReanchorPolicy#APPLY applied} at once (the command line, so that
 * {@code list} and {@code stats} show the new places), or {@link ReanchorPolicy#DEFER deferred} to the caller (the
 * editor runs it in a job and applies it as one undoable command). Either way the sections the annotations were made
 * on are used, not the freshly detected ones. Last, the annotations whose quote and context match the text share it
 * instead of holding copies ({@link AnchorContexts}).</p>
 *
 * <p>Progress goes straight to the given {@link IProgressMonitor} (no {@code SubMonitor}: on the command line's plain
 * class path SubMonitor's tracing needs OSGi classes that are not there).</p>
 */
public final class ArticleStore {

    /**
     * The largest article Glossa opens: 20 MiB. Far above any policy article (the sample is 20 KB), and low enough
     * that decoding, the section tree, the editor's text widget and re-anchoring stay within a normal heap.
     */
    public static final long MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

    /** What {@link ArticleStore#open} does when the text changed since the annotations were made. */
    public enum ReanchorPolicy {
        /**
         * Re-anchor and apply the result to the document directly (no command stack); the report is kept in
         * {@link AnnotatedArticle#reanchorReport()}. Nothing is saved.
         */
        APPLY,
        /**
         * Leave the annotations as they are, with {@link AnnotatedArticle#textChangedSinceAnnotated()} set and the old
         * sections kept in {@link AnnotatedArticle#sectionsAnnotatedOn()}: the caller runs
         * {@link glossa.core.anchor.Reanchoring#reanchor}, applies the report (e.g. as one command) and calls
         * {@link AnnotatedArticle#reanchored}.
         */
        DEFER
    }

    private final SidecarStore sidecars;
    private final AtomicFileWriter writer;
    private final SidecarWriter sidecarWriter;

    public ArticleStore() {
        this(FileSystemOps.DEFAULT);
    }

    public ArticleStore(FileSystemOps ops) {
        this.sidecars = new SidecarStore(ops);
        this.writer = new AtomicFileWriter(ops);
        this.sidecarWriter = new SidecarWriter(sidecars, writer);
    }

    public SidecarStore sidecars() {
        return sidecars;
    }

    /**
     * @throws NoSuchFileException when the article does not exist
     * @throws SidecarException when the sidecar exists but cannot be read (it is left untouched)
     * @throws glossa.core.text.TextDecodingException when the article is not text Glossa can decode
     */
    public AnnotatedArticle open(Path article, IProgressMonitor monitor) throws IOException {
        return open(article, ReanchorPolicy.APPLY, monitor);
    }

    /**
     * Opens an article; when its text changed since the annotations were made, re-anchors as {@code policy} says.
     *
     * @throws ArticleTooLargeException when the file is larger than {@link #MAX_ARTICLE_BYTES} (nothing is read)
     * @throws NoSuchFileException when the article does not exist
     * @throws SidecarException when the sidecar exists but cannot be read (it is left untouched)
     * @throws glossa.core.text.TextDecodingException when the article is not text Glossa can decode
     */
    public AnnotatedArticle open(Path article, ReanchorPolicy policy, IProgressMonitor monitor) throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Opening " + article.getFileName(), 4);
        if (!Files.isRegularFile(article)) {
            throw new NoSuchFileException(article.toString(), null, "no such article file");
        }
        checkSize(article);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] sidecarBytes = SidecarStore.readIfExists(sidecar);
        Document document = sidecarBytes != null ? sidecars.load(sidecarBytes, sidecar) : null;
        progress.worked(1);
        ArticleText text = TextDecoder.decode(article, document == null ? null : charsetOrNull(document.getEncoding()));
        progress.worked(1);
        String hash = ContentHash.of(text.text());
        boolean changed = false;
        if (document == null) {
            document = newDocument(article, text, hash);
        } else {
            changed = document.getContentHash() != null && !document.getContentHash().equals(hash);
            if (document.getContentHash() == null) {
                document.setContentHash(hash);
            }
            if (document.getCodebook() == null) {
                document.setCodebook(DefaultCodebook.create());
            }
        }
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        // A sidecar that loads can still be wrong: offsets outside the text are re-anchored by their quotes (as after
        // a change of the text), ids used twice are made unique. Both are reported in loadProblems().
        LoadCheck check = LoadCheck.run(document, text.text());
        changed |= check.outOfRange();
        AnnotatedArticle annotated = new AnnotatedArticle(article, text, document);
        annotated.setSidecarBase(sidecarBytes);
        annotated.setLoadProblems(check.problems());
        annotated.setTextChangedSinceAnnotated(changed);
        // The annotations were made on the old sections: keep that tree (detached) for the re-anchoring.
        List<Section> oldSections = List.copyOf(document.getSections());
        if (!document.isSectionsCorrected()) {
            document.getSections().clear();
            document.getSections().addAll(SectionDetector.detect(text.text()));
        }
        progress.worked(1);
        if (changed) {
            annotated.setSectionsAnnotatedOn(oldSections);
            if (policy == ReanchorPolicy.APPLY) {
                IProgressMonitor cancelOnly = new NullProgressMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return progress.isCanceled();
                    }
                };
                ReanchorReport report = annotated.reanchor(null, cancelOnly);
                report.apply();
                annotated.reanchored(report);
            }
        }
        // After any re-anchoring applied above, so that it reads the stored values and moved annotations share too;
        // under DEFER only the annotations that still match the new text share it.
        AnchorContexts.share(document, text.text());
        progress.done();
        return annotated;
    }

    /** Refuses files above {@link #MAX_ARTICLE_BYTES} before reading them. */
    public static void checkSize(Path article) throws IOException {
        long size = Files.size(article);
        if (size > MAX_ARTICLE_BYTES) {
            throw new ArticleTooLargeException(article, size, MAX_ARTICLE_BYTES);
        }
    }

    /**
     * Saves the sidecar, and the text too when {@code writeText} (same encoding and BOM as read). Both writes are
     * atomic. The recorded content hash follows the text unless the text changed outside Glossa and was not
     * re-anchored yet, so that the change is still noticed next time. What another writer saved into the sidecar
     * since it was read is merged in first and applied directly ({@link SidecarWriter}). When that sidecar cannot be
     * read, nothing is written, not even the text.
     *
     * @return the merge applied, or null when nobody else had written the sidecar
     */
    public MergeResult save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor) throws IOException {
        return save(article, writeText, monitor, MergeResult::apply);
    }

    /**
     * Saves like {@link #save(AnnotatedArticle, boolean, IProgressMonitor)}, applying a merge with what another
     * writer saved through {@code applyMerge} (the workbench makes it one undoable command).
     */
    public MergeResult save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor,
            Consumer<MergeResult> applyMerge) throws IOException {
        Objects.requireNonNull(article.articlePath(), "an in-memory article has no file to save to");
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Saving " + article.articlePath().getFileName(), 2);
        ArticleText text = article.articleText();
        if (writeText) {
            sidecarWriter.checkReadable(article); // a save that fails on the sidecar writes nothing, not even the text
            writer.write(article.articlePath(), TextEncoder.encode(text));
        }
        progress.worked(1);
        Document document = article.document();
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        if (!article.textChangedSinceAnnotated()) {
            document.setContentHash(ContentHash.of(text.text()));
        }
        MergeResult merge = sidecarWriter.save(article, applyMerge);
        progress.done();
        return merge;
    }

    /** A new document for an article never annotated before. */
    public static Document newDocument(Path article, ArticleText text, String hash) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        document.setSourcePath(article.getFileName().toString());
        // No title: TitleDetector finds it in the text; the title attribute holds only metadata and the analyst's choice.
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        document.setContentHash(hash);
        document.setCodebook(DefaultCodebook.create());
        // YAML front matter is the text's own metadata: its title and source become the document's.
        FrontMatterMetadata.apply(document, text.text());
        return document;
    }

    private static Charset charsetOrNull(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // an unknown or hostile name in the sidecar is no reason to fail: detect instead
        }
    }
}
