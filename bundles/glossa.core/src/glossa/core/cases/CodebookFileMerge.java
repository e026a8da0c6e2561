package glossa.core.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

import glossa.core.io.GlossaResources;
import glossa.core.io.SidecarException;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;

/**
 * The three-way merge of a case codebook file ({@link CaseCodebook#FILE_NAME}) as Git hands it over: three versions
 * of the file, merged type by type instead of line by line. Each version is wrapped in a document without
 * annotations and merged by {@link ThreeWayMerge}, so the rules are those of the sidecars' codebooks: types added on
 * either side are kept, a field changed on one side is taken (one coder renames a type, the other recolours it: both
 * stay), and a field both changed differently keeps ours and is recorded as a {@link MergeConflict}.
 *
 * <p>The conflicts are kept in the file itself, as further roots after the codebook (an XMI file with several
 * roots), so they travel with it to every clone just as a sidecar's do; {@link CaseCodebook#conflicts} lists them.</p>
 */
public final class CodebookFileMerge {

    /** The merged file and the conflicts this merge found. */
    public record Result(byte[] bytes, List<MergeResult.Conflict> conflicts) {
    }

    /** The first element that is not a declaration, comment or the XMI wrapper; group 1: its local name. */
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<(?![?!/])(?!xmi:XMI[\\s>])(?:[\\w.-]+:)?([\\w.-]+)");

    private CodebookFileMerge() {
    }

    /**
     * Merges {@code theirs} into {@code ours} given their {@code base}.
     *
     * @param base the common ancestor, or null / empty when there is none
     * @param file the file's path, only to name it in errors
     * @throws SidecarException when a version is not a readable case codebook (nothing is merged)
     */
    public static Result merge(byte[] base, byte[] ours, byte[] theirs, Path file) throws IOException {
        Document baseDocument = isEmpty(base) ? null : wrap(read(base, file));
        Document ourDocument = isEmpty(ours) ? GlossaFactory.eINSTANCE.createDocument() : wrap(read(ours, file));
        Document theirDocument = isEmpty(theirs) ? GlossaFactory.eINSTANCE.createDocument() : wrap(read(theirs, file));
        MergeResult merge = ThreeWayMerge.merge(baseDocument, ourDocument, theirDocument);
        merge.apply();
        XMLResource out = GlossaResources.newResource(URI.createFileURI(file.toAbsolutePath().toString()));
        Codebook codebook = ourDocument.getCodebook() == null ? GlossaFactory.eINSTANCE.createCodebook()
                : ourDocument.getCodebook();
        out.getContents().add(codebook);
        out.getContents().addAll(List.copyOf(ourDocument.getConflicts()));
        return new Result(GlossaResources.toBytes(out, 8 * 1024), merge.conflicts());
    }

    /**
     * Whether {@code bytes} look like a case codebook file rather than a sidecar: the first element (inside an
     * {@code xmi:XMI} wrapper, if any) is a {@code Codebook}. Only the start of the file is looked at, so a large
     * sidecar is not parsed twice; {@link #merge} then reads the whole file and refuses what is not a codebook.
     */
    public static boolean isCodebookFile(byte[] bytes) {
        if (isEmpty(bytes)) {
            return false;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        Matcher element = FIRST_ELEMENT.matcher(start);
        return element.find() && "Codebook".equals(element.group(1));
    }

    static boolean isCodebookFile(XMLResource resource) {
        List<EObject> roots = resource.getContents();
        if (roots.isEmpty() || !(roots.get(0) instanceof Codebook)) {
            return false;
        }
        return roots.stream().skip(1).allMatch(MergeConflict.class::isInstance);
    }

    private static XMLResource read(byte[] bytes, Path file) throws IOException {
        GlossaResources.register();
        XMLResource resource = GlossaResources.newResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new SidecarException(file, 1, 1, "not a readable case codebook: " + e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            var error = resource.getErrors().get(0);
            throw new SidecarException(file, error.getLine(), error.getColumn(), error.getMessage(), null);
        }
        if (!isCodebookFile(resource)) {
            throw new SidecarException(file, 1, 1, "holds no Glossa codebook", null);
        }
        return resource;
    }

    /** A document that holds the file's codebook and recorded conflicts, for {@link ThreeWayMerge}. */
    private static Document wrap(XMLResource resource) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        List<EObject> roots = List.copyOf(resource.getContents());
        document.setCodebook((Codebook) roots.get(0));
        for (EObject conflict : roots.subList(1, roots.size())) {
            document.getConflicts().add((MergeConflict) conflict);
        }
        return document;
    }

    private static boolean isEmpty(byte[] bytes) {
        return bytes == null || bytes.length == 0;
    }
}
