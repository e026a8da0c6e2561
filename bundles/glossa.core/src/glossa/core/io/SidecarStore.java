package glossa.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;
import glossa.model.Document;

/**
 * Reads and writes a {@link Document} as the XMI sidecar beside its article ({@code article.txt.glossa}).
 *
 * <p>Loading is safe and strict: no DTDs or external entities, the format version is checked before anything else
 * (newer versions are refused, older ones migrated in memory by {@link SidecarMigrations}), and any error becomes a
 * {@link SidecarException} naming file, line and column. A sidecar that fails to load is never written to; see
 * {@link #keepAside}. Saving is atomic through {@link AtomicFileWriter}.</p>
 *
 * <p>A current-version sidecar in the form Glossa writes is read by {@link SidecarFastReader}; whatever it declines
 * (older versions after migration, hand-edited forms, broken files) goes through EMF's XMI load, which also gives
 * the error positions. Both give equal documents.</p>
 */
public final class SidecarStore {

    /** The format version this Glossa writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AtomicFileWriter writer;

    public SidecarStore() {
        this(FileSystemOps.DEFAULT);
    }

    public SidecarStore(FileSystemOps ops) {
        this.writer = new AtomicFileWriter(Objects.requireNonNull(ops));
        GlossaResources.register();
    }

    public Document load(Path sidecar) throws IOException {
        byte[] bytes = readIfExists(sidecar);
        if (bytes == null) {
            throw new NoSuchFileException(sidecar.toString());
        }
        return load(bytes, sidecar);
    }

    /** The sidecar's bytes, or null when there is none; other errors name the file and the reason. */
    public static byte[] readIfExists(Path sidecar) throws IOException {
        try {
            return Files.readAllBytes(sidecar);
        } catch (NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // e.g. "Is a directory", which names no file: say which one.
            throw new FileSystemException(sidecar.toString(), null, FileErrors.reason(e));
        }
    }

    /** Loads sidecar bytes; {@code file} names the sidecar in errors and becomes the resource URI. */
    public Document load(byte[] bytes, Path file) throws SidecarException {
        SidecarHeader header = SidecarHeader.read(bytes, file);
        if (header.version() > CURRENT_VERSION) {
            throw new SidecarException(file, header.line(), header.column(), "written by a newer Glossa (format version "
                    + header.version() + "); this Glossa reads format versions up to " + CURRENT_VERSION, null);
        }
        if (header.version() < 0) {
            throw new SidecarException(file, header.line(), header.column(), "format version " + header.version()
                    + " does not exist", null);
        }
        byte[] current = header.version() < CURRENT_VERSION ? SidecarMigrations.migrate(bytes, header.version(), file)
                : bytes;
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Document document = SidecarFastReader.read(current);
        if (document != null) {
            XMLResource resource = GlossaResources.newResource(uri);
            // The reader resolved the IDREFs and compacted the document itself. The ID map would only be filled here;
            // without it, getEObject(id) still works (LoadedDocumentCompactor drops it after EMF's load too).
            ((ResourceImpl) resource).setIntrinsicIDToEObjectMap(null);
            resource.getContents().add(document);
        } else {
            document = loadWithEmf(current, uri, file, header);
            LoadedDocumentCompactor.compact(document);
        }
        document.setFormatVersion(CURRENT_VERSION);
        return document;
    }

    /**
     * EMF's generic XMI load: for what {@link SidecarFastReader} declines (older or hand-edited files, unusual
     * characters) and for every broken file, whose errors it reports with line and column.
     */
    static Document loadWithEmf(byte[] current, URI uri, Path file, SidecarHeader header) throws SidecarException {
        XMLResource resource = GlossaResources.newResource(uri);
        try {
            resource.load(new ByteArrayInputStream(current), GlossaResources.loadOptions());
        } catch (IOException | RuntimeException e) {
            throw invalidUtf8(current, file, translate(file, e));
        }
        if (!resource.getErrors().isEmpty()) {
            throw invalidUtf8(current, file, translate(file, resource.getErrors().get(0)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Document document)) {
            throw new SidecarException(file, header.line(), header.column(), "holds no Glossa document", null);
        }
        return document;
    }

    /** Writes {@code document} to {@code sidecar} atomically. */
    public void save(Document document, Path sidecar) throws IOException {
        writer.write(sidecar, toBytes(document));
    }

    /** The XMI of {@code document}, UTF-8. A document without a resource is given one. */
    public byte[] toBytes(Document document) throws IOException {
        document.setFormatVersion(CURRENT_VERSION);
        Resource resource = document.eResource();
        if (resource == null) {
            resource = GlossaResources.newResource(URI.createURI("memory:/document." + GlossaResources.EXTENSION));
            resource.getContents().add(document);
        }
        // About 530 bytes per annotation (the 2026-11-28 benchmark); starting near the final size spares the
        // buffer a dozen grow-and-copy rounds on a large document.
        int estimate = (int) Math.min(Integer.MAX_VALUE - 16, 16 * 1024 + 600L * document.getAnnotations().size());
        if (resource instanceof XMLResource xml) {
            // The dedicated writer when it mirrors EMF's save for this document, else EMF's save, straight to UTF-8
            // bytes with restricted characters escaped on the way. Both give the bytes of the stream below.
            byte[] fast = SidecarFastWriter.write(document, xml, estimate);
            return fast != null ? fast : GlossaResources.toBytes(xml, estimate);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(estimate);
        resource.save(out, GlossaResources.saveOptionsForThisThread());
        return RestrictedCharacters.escape(out.toByteArray());
    }

    /**
     * Moves an unreadable sidecar out of the way, to {@code article.txt.glossa.broken-<yyyyMMdd-HHmmss>}, so the
     * analyst can start afresh without losing it. Returns the new path.
     */
    public static Path keepAside(Path sidecar) throws IOException {
        String base = sidecar.getFileName() + ".broken-" + LocalDateTime.now().format(ASIDE_STAMP);
        Path aside = sidecar.resolveSibling(base);
        for (int i = 2; Files.exists(aside); i++) {
            aside = sidecar.resolveSibling(base + "-" + i);
        }
        return Files.move(sidecar, aside);
    }

    /**
     * The parser reports a bad UTF-8 byte without a position (1:1); when the bytes are not UTF-8, say so at the real
     * line and column instead. Sidecars are written in UTF-8 only.
     */
    private static SidecarException invalidUtf8(byte[] bytes, Path file, SidecarException parserError) {
        try {
            TextDecoder.decodeUtf8(bytes, file.toString());
            return parserError;
        } catch (TextDecodingException e) {
            return new SidecarException(file, e.line(), e.column(), e.reason(), parserError);
        }
    }

    private static final java.util.regex.Pattern OBJECT_DUMP = java.util.regex.Pattern.compile(
            "[\\w.]*\\.impl\\.(\\w+?)Impl@\\p{XDigit}+(?: \\(id: ([^,)]*)[^)]*\\))?");

    /**
     * EMF names objects by their {@code toString} ("glossa.model.impl.AnnotationImpl@188715b5 (id: a-1, …)"); a message
     * for the analyst names the kind and id instead ("the Annotation 'a-1'").
     */
    static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        java.util.regex.Matcher m = OBJECT_DUMP.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String id = m.group(2);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    "the " + kind + (id == null ? "" : " '" + id.strip() + "'")));
        }
        m.appendTail(sb);
        String text = sb.toString();
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    private static SidecarException translate(Path file, Object problem) {
        for (Object cause = problem; cause != null; cause = cause instanceof Throwable t ? t.getCause() : null) {
            if (cause instanceof SAXParseException sax) {
                return new SidecarException(file, sax.getLineNumber(), sax.getColumnNumber(), readable(sax.getMessage()),
                        sax);
            }
            if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
                return new SidecarException(file, diagnostic.getLine(), diagnostic.getColumn(),
                        readable(diagnostic.getMessage()), cause instanceof Throwable t ? t : null);
            }
            if (cause instanceof Throwable t && t.getCause() == t) {
                break;
            }
        }
        String message = problem instanceof Throwable t ? t.getMessage() : String.valueOf(problem);
        if (problem instanceof Resource.Diagnostic diagnostic) {
            message = diagnostic.getMessage();
        }
        return new SidecarException(file, 1, 1, readable(message), problem instanceof Throwable t ? t : null);
    }
}
