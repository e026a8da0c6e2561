package glossa.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextEncoder;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Opens and saves an article with its sidecar: the one way the editor and the command line get an
 * {@link AnnotatedArticle}.
 *
 * <p>Open: the sidecar first (its recorded encoding helps decoding; a bad sidecar fails the open before anything
 * else), then the text, then sections are detected unless the analyst corrected them. When the text's hash differs
 * from the one recorded, {@link AnnotatedArticle#textChangedSinceAnnotated()} is set; re-anchoring is the caller's
 * next step.</p>
 *
 * <p>Progress goes straight to the given {@link IProgressMonitor} (no {@code SubMonitor}: on the command line's plain
 * class path SubMonitor's tracing needs OSGi classes that are not there).</p>
 */
public final class ArticleStore {

    private final SidecarStore sidecars;
    private final AtomicFileWriter writer;

    public ArticleStore() {
        this(FileSystemOps.DEFAULT);
    }

    public ArticleStore(FileSystemOps ops) {
        this.sidecars = new SidecarStore(ops);
        this.writer = new AtomicFileWriter(ops);
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
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Opening " + article.getFileName(), 3);
        if (!Files.isRegularFile(article)) {
            throw new NoSuchFileException(article.toString(), null, "no such article file");
        }
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Document document = Files.exists(sidecar) ? sidecars.load(sidecar) : null;
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
        if (!document.isSectionsCorrected()) {
            document.getSections().clear();
            document.getSections().addAll(SectionDetector.detect(text.text()));
        }
        progress.worked(1);
        progress.done();
        AnnotatedArticle annotated = new AnnotatedArticle(article, text, document);
        annotated.setTextChangedSinceAnnotated(changed);
        return annotated;
    }

    /**
     * Saves the sidecar, and the text too when {@code writeText} (same encoding and BOM as read). Both writes are
     * atomic. The recorded content hash follows the text unless the text changed outside Glossa and was not
     * re-anchored yet, so that the change is still noticed next time.
     */
    public void save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(article.articlePath(), "an in-memory article has no file to save to");
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Saving " + article.articlePath().getFileName(), 2);
        ArticleText text = article.articleText();
        if (writeText) {
            writer.write(article.articlePath(), TextEncoder.encode(text));
        }
        progress.worked(1);
        Document document = article.document();
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        if (!article.textChangedSinceAnnotated()) {
            document.setContentHash(ContentHash.of(text.text()));
        }
        sidecars.save(document, AnnotatedArticle.sidecarOf(article.articlePath()));
        progress.done();
    }

    /** A new document for an article never annotated before. */
    public static Document newDocument(Path article, ArticleText text, String hash) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        document.setSourcePath(article.getFileName().toString());
        document.setTitle(SectionDetector.firstLine(text.text()));
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        document.setContentHash(hash);
        document.setCodebook(DefaultCodebook.create());
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
