package glossa.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarStore;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * Converts a source file into an article beside it: a UTF-8 {@code .txt} and its sidecar, whose provenance says
 * where the text came from. The one way the command line, the import dialog and drag and drop convert.
 *
 * <p>Never loses data: a source above {@link #MAX_SOURCE_BYTES} is refused before it is read; a text file that
 * Glossa did not convert from this very source (no sidecar, another source, or changed since) is never overwritten;
 * on any failure nothing is written. Converting again after the source changed re-anchors the existing annotations
 * on the new text ({@link Reanchoring}), as opening an article whose text changed does. The SHA-256 of the text as
 * converted is kept in the provenance ({@code convertedSha256}): when the analyst edited the article in Glossa since,
 * converting again refuses ({@link EditedArticleException}) unless forced, so their text is never silently replaced.</p>
 */
public final class SourceConversion {

    /** The largest source Glossa converts: 100 MiB (a long report PDF with images is a few MB). */
    public static final long MAX_SOURCE_BYTES = 100L * 1024 * 1024;

    /** What a conversion did. */
    public enum Outcome {
        /** A new article and sidecar. */
        CREATED,
        /** The article was converted from this source before; its text changed and its annotations were re-anchored. */
        UPDATED,
        /** Same text as before: at most the provenance in the sidecar was brought up to date. */
        UNCHANGED
    }

    /**
     * @param reanchor the re-anchoring of the existing annotations ({@link Outcome#UPDATED}), else null
     */
    public record Result(Path article, Outcome outcome, Converter converter, Conversion conversion,
            ReanchorReport reanchor) {
    }

    private final ArticleStore store;
    private final ConverterRegistry registry;

    public SourceConversion() {
        this(new ArticleStore(), ConverterRegistry.instance());
    }

    public SourceConversion(ArticleStore store, ConverterRegistry registry) {
        this.store = Objects.requireNonNull(store);
        this.registry = Objects.requireNonNull(registry);
    }

    /** The article a source converts to by default: the same name with {@code .txt} instead of its extension. */
    public static Path defaultArticle(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return source.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".txt");
    }

    /** Whether some converter reads files with this name. */
    public boolean canConvert(Path source) {
        return registry.forFile(source.getFileName().toString()).isPresent();
    }

    /**
     * Converts {@code source} into {@code article} (null: {@link #defaultArticle}).
     *
     * @throws ConversionException when the source cannot be converted or the article may not be written (one line,
     *                             without the file name); nothing was written
     * @throws IOException         when reading the source or writing the article failed; nothing was written
     */
    public Result convert(Path source, Path article, IProgressMonitor monitor) throws ConversionException, IOException {
        return convert(source, article, false, monitor);
    }

    /**
     * Converts {@code source} into {@code article} (null: {@link #defaultArticle}).
     *
     * @param force replace an article the analyst edited since its last conversion (its annotations re-anchored);
     *              without it such an article is refused with {@link EditedArticleException}
     * @throws ConversionException when the source cannot be converted or the article may not be written (one line,
     *                             without the file name); nothing was written
     * @throws IOException         when reading the source or writing the article failed; nothing was written
     */
    public Result convert(Path source, Path article, boolean force, IProgressMonitor monitor)
            throws ConversionException, IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        String name = source.getFileName().toString();
        progress.beginTask("Converting " + name, 4);
        Converter converter = registry.forFile(name).orElseThrow(() -> new ConversionException(
                "not a kind of source Glossa converts (." + String.join(", .", registry.extensions()) + ")"));
        Path target = article != null ? article : defaultArticle(source);
        if (target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
            throw new ConversionException("the article would replace its own source; choose another name");
        }
        byte[] bytes = read(source);
        checkCancel(progress);
        progress.worked(1);
        Conversion conversion = converter.convert(bytes, name);
        if (conversion.text().isBlank()) {
            throw new ConversionException("no text found in it");
        }
        if (conversion.text().getBytes(StandardCharsets.UTF_8).length > ArticleStore.MAX_ARTICLE_BYTES) {
            throw new ConversionException("its text is larger than " + ArticleStore.MAX_ARTICLE_BYTES
                    + " bytes; Glossa does not open articles that large");
        }
        checkCancel(progress);
        progress.worked(1);
        Provenance provenance = provenance(name, sha256(bytes), converter, conversion);
        provenance.setConvertedSha256(textSha256(conversion.text()));
        Path sidecar = AnnotatedArticle.sidecarOf(target);
        Result result = Files.exists(target) || Files.exists(sidecar)
                ? reconvert(target, source, converter, conversion, provenance, force, progress)
                : create(target, converter, conversion, provenance, progress);
        progress.done();
        return result;
    }

    private Result create(Path target, Converter converter, Conversion conversion, Provenance provenance,
            IProgressMonitor progress) throws IOException {
        ArticleText text = ArticleText.of(conversion.text());
        Document document = ArticleStore.newDocument(target, text, ContentHash.of(text.text()));
        document.getSections().addAll(SectionDetector.detect(text.text()));
        if (!conversion.title().isEmpty()) {
            document.setTitle(conversion.title());
        }
        document.setProvenance(provenance);
        AnnotatedArticle annotated = new AnnotatedArticle(target, text, document);
        progress.worked(1);
        try {
            store.save(annotated, true, null);
        } catch (IOException | RuntimeException e) {
            // The text is written before the sidecar: take it back, so that a failure leaves nothing behind.
            Files.deleteIfExists(target);
            throw e;
        }
        progress.worked(1);
        return new Result(target, Outcome.CREATED, converter, conversion, null);
    }

    private Result reconvert(Path target, Path source, Converter converter, Conversion conversion,
            Provenance provenance, boolean force, IProgressMonitor progress) throws ConversionException, IOException {
        AnnotatedArticle old = openConverted(target, source);
        Document document = old.document();
        Provenance before = document.getProvenance();
        String newText = conversion.text();
        if (old.text().equals(newText)) {
            boolean same = Objects.equals(before.getSourceSha256(), provenance.getSourceSha256())
                    && Objects.equals(before.getConverterVersion(), provenance.getConverterVersion())
                    && Objects.equals(before.getConvertedSha256(), provenance.getConvertedSha256());
            if (!same) {
                document.setProvenance(provenance);
                store.save(old, false, null);
            }
            progress.worked(2);
            return new Result(target, Outcome.UNCHANGED, converter, conversion, null);
        }
        if (!force && editedSinceConversion(old)) {
            throw new EditedArticleException(target);
        }
        String oldText = old.text();
        old.setArticleText(ArticleText.of(newText));
        ReanchorReport report = old.reanchor(oldText, progress);
        checkCancel(progress);
        report.apply();
        old.reanchored(report);
        // Sections the analyst corrected were drawn on the old text: the new text gets detected ones.
        document.setSectionsCorrected(false);
        document.getSections().clear();
        document.getSections().addAll(SectionDetector.detect(newText));
        if ((document.getTitle() == null || document.getTitle().isBlank()) && !conversion.title().isEmpty()) {
            document.setTitle(conversion.title());
        }
        document.setProvenance(provenance);
        progress.worked(1);
        store.save(old, true, null);
        progress.worked(1);
        return new Result(target, Outcome.UPDATED, converter, conversion, report);
    }

    /**
     * The existing article, when Glossa converted it from this source and nobody changed its text since; the
     * sidecar alone (its text file gone) counts as well.
     */
    private AnnotatedArticle openConverted(Path target, Path source) throws ConversionException, IOException {
        String sourceName = source.getFileName().toString();
        Path sidecar = AnnotatedArticle.sidecarOf(target);
        String notOurs = target.getFileName() + " exists and was not converted by Glossa from " + sourceName
                + "; it is left as it is (choose another article name)";
        if (!Files.exists(sidecar)) {
            throw new ConversionException(notOurs);
        }
        AnnotatedArticle article;
        if (Files.exists(target)) {
            article = store.open(target, ArticleStore.ReanchorPolicy.DEFER, null);
            if (article.textChangedSinceAnnotated()) {
                throw new ConversionException(target.getFileName() + " was changed outside Glossa since it was "
                        + "converted; it is left as it is (choose another article name)");
            }
        } else {
            byte[] bytes = SidecarStore.readIfExists(sidecar);
            Document document = store.sidecars().load(bytes, sidecar);
            article = new AnnotatedArticle(target, ArticleText.of(""), document);
            article.setSidecarBase(bytes);
        }
        Provenance provenance = article.document().getProvenance();
        if (provenance == null || !sourceName.equals(provenance.getSourceName())) {
            throw new ConversionException(notOurs);
        }
        return article;
    }

    /**
     * Whether the analyst changed the article's text since it was converted: its SHA-256 is not the one recorded at
     * conversion. An article converted before that hash was recorded, or whose text file is gone, counts as unedited.
     */
    static boolean editedSinceConversion(AnnotatedArticle article) {
        String converted = article.document().getProvenance().getConvertedSha256();
        return converted != null && Files.exists(article.articlePath())
                && !converted.equalsIgnoreCase(textSha256(article.text()));
    }

    /** Lower-case hex SHA-256 of a text's UTF-8 bytes, as the article file holds it. */
    public static String textSha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(Path source) throws ConversionException, IOException {
        if (!Files.isRegularFile(source)) {
            throw new ConversionException(Files.isDirectory(source) ? "is a directory" : "no such file");
        }
        long size = Files.size(source);
        if (size > MAX_SOURCE_BYTES) {
            throw new ConversionException("larger than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MB (" + size
                    + " bytes); Glossa does not convert sources that large");
        }
        try (var in = Files.newInputStream(source)) {
            byte[] bytes = in.readNBytes((int) MAX_SOURCE_BYTES + 1);
            if (bytes.length > MAX_SOURCE_BYTES) { // it grew while being read
                throw new ConversionException("larger than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        }
    }

    private static Provenance provenance(String name, String sha256, Converter converter, Conversion conversion) {
        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.setSourceName(name);
        provenance.setSourceSha256(sha256);
        provenance.setUrl(emptyToNull(conversion.url()));
        provenance.setAuthor(emptyToNull(conversion.author()));
        provenance.setPublished(emptyToNull(conversion.published()));
        provenance.setSite(emptyToNull(conversion.site()));
        provenance.setConverter(converter.id());
        provenance.setConverterVersion(converter.version());
        provenance.setConverted(new Date());
        provenance.getPageStarts().addAll(conversion.pageStarts());
        return provenance;
    }

    /** Lower-case hex SHA-256 of the source's bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void checkCancel(IProgressMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
