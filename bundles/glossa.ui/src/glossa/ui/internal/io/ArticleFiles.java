package glossa.ui.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;

/**
 * Reads and writes an article and its sidecar. A minimal, private stand-in for glossa.core's ArticleStore,
 * TextDecoder and SidecarStore (branch {@code core}); the editor reaches them only through this class, so swapping
 * is one edit. Writes are atomic (temporary file + move); a sidecar that cannot be read is never written over.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Decodes the article and loads its sidecar, or starts a fresh document when there is none. */
    public static AnnotatedArticle open(Path article, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Opening " + article.getFileName(), 2);
        ArticleText text = decode(Files.readAllBytes(article));
        progress.worked(1);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Document document = Files.exists(sidecar) ? loadSidecar(sidecar) : newDocument(article, text);
        progress.worked(1);
        return new AnnotatedArticle(article, text, document);
    }

    /** Opens the text only, with a fresh document; used when the sidecar is broken and kept aside or ignored. */
    public static AnnotatedArticle openWithoutSidecar(Path article) throws IOException {
        ArticleText text = decode(Files.readAllBytes(article));
        return new AnnotatedArticle(article, text, newDocument(article, text));
    }

    /** Renames a broken sidecar to {@code article.txt.glossa.broken-<millis>} and returns the new name. */
    public static Path setAside(Path sidecar) throws IOException {
        Path aside = sidecar.resolveSibling(sidecar.getFileName() + ".broken-" + System.currentTimeMillis());
        return Files.move(sidecar, aside);
    }

    public static Document newDocument(Path article, ArticleText text) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle(article == null ? "" : article.getFileName().toString());
        document.setSourcePath(article == null ? "" : article.getFileName().toString());
        document.setEncoding(text.charset().name());
        document.setByteOrderMark(text.byteOrderMark());
        document.setCodebook(DefaultCodebook.create());
        Resource resource = new XMIResourceImpl(URI.createFileURI(
                article == null ? "article.txt.glossa" : AnnotatedArticle.sidecarOf(article).toString()));
        resource.getContents().add(document);
        newResourceSet().getResources().add(resource);
        return document;
    }

    /** Writes the text (when asked) and the sidecar, each atomically, the text in its own encoding. */
    public static void save(AnnotatedArticle article, boolean writeText, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Saving " + article.articlePath().getFileName(), 2);
        ArticleText text = article.articleText();
        if (writeText) {
            writeAtomically(article.articlePath(), encode(text));
        }
        progress.worked(1);
        Document document = article.document();
        document.setContentHash(sha256(text.text()));
        Resource resource = document.eResource();
        if (resource == null) {
            resource = new XMIResourceImpl(URI.createFileURI(AnnotatedArticle.sidecarOf(article.articlePath()).toString()));
            resource.getContents().add(document);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.save(bytes, options);
        writeAtomically(AnnotatedArticle.sidecarOf(article.articlePath()), bytes.toByteArray());
        progress.worked(1);
    }

    public static ArticleText decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new ArticleText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new ArticleText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new ArticleText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new ArticleText(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            Charset gb = Charset.forName("GB18030");
            return new ArticleText(new String(bytes, gb), gb, false);
        }
    }

    public static byte[] encode(ArticleText text) {
        byte[] body = text.text().getBytes(text.charset());
        if (!text.byteOrderMark()) {
            return body;
        }
        byte[] bom = switch (text.charset().name()) {
            case "UTF-8" -> new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
            case "UTF-16BE" -> new byte[] { (byte) 0xFE, (byte) 0xFF };
            case "UTF-16LE" -> new byte[] { (byte) 0xFF, (byte) 0xFE };
            default -> new byte[0];
        };
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static Document loadSidecar(Path sidecar) throws SidecarProblem {
        ResourceSet set = newResourceSet();
        Resource resource = set.createResource(URI.createFileURI(sidecar.toString()));
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        try {
            resource.load(options);
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof XMIException x) {
                throw new SidecarProblem(sidecar, x.getLine(), x.getColumn(), x.getMessage(), e);
            }
            if (cause instanceof org.xml.sax.SAXParseException x) {
                throw new SidecarProblem(sidecar, x.getLineNumber(), x.getColumnNumber(), x.getMessage(), e);
            }
            throw new SidecarProblem(sidecar, 1, 1, String.valueOf(cause.getMessage()), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
            throw new SidecarProblem(sidecar, 1, 1, "the file holds no Glossa document", null);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            throw new SidecarProblem(sidecar, d.getLine(), d.getColumn(), d.getMessage(), null);
        }
        return document;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(GlossaPackage.eNS_URI, GlossaPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
                new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
        return set;
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
