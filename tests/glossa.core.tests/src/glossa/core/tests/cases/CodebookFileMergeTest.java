package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.cases.CaseCodebook;
import glossa.core.cases.CodebookFileMerge;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.GlossaResources;
import glossa.core.io.SidecarException;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;

/**
 * What the Git merge of a case codebook file accepts and what it writes: the types of both sides merged type by type,
 * the conflicts kept in the file, and a version it cannot read refused as a whole, so that neither side's file is
 * replaced by a merge that lost its types.
 */
class CodebookFileMergeTest {

    private static final Path FILE = Path.of("case", CaseCodebook.FILE_NAME);

    private static byte[] write(EObject... roots) throws IOException {
        GlossaResources.register();
        XMLResource resource = GlossaResources.newResource(URI.createFileURI(FILE.toAbsolutePath().toString()));
        for (EObject root : roots) {
            resource.getContents().add(EcoreUtil.copy(root));
        }
        return GlossaResources.toBytes(resource, 1024);
    }

    private static List<EObject> read(byte[] bytes) throws IOException {
        XMLResource resource = GlossaResources.newResource(URI.createFileURI(FILE.toAbsolutePath().toString()));
        resource.load(new ByteArrayInputStream(bytes), null);
        return resource.getContents();
    }

    private static Codebook codebook() {
        return DefaultCodebook.create(Locale.ENGLISH);
    }

    private static AnnotationType type(Codebook codebook, String id) {
        return Codebooks.allTypes(codebook).stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Every type of the file's codebook as "name color", by id. */
    private static Map<String, String> types(byte[] file) throws IOException {
        Map<String, String> types = new TreeMap<>();
        for (AnnotationType t : Codebooks.allTypes((Codebook) read(file).get(0))) {
            types.put(t.getId(), t.getName() + " " + t.getColor());
        }
        return types;
    }

    private static MergeConflict conflict() {
        MergeConflict c = GlossaFactory.eINSTANCE.createMergeConflict();
        c.setId("c-1");
        c.setObjectKind("type");
        c.setObjectId("claim");
        c.setFeature("name");
        return c;
    }

    static Stream<Arguments> files() throws IOException {
        Document sidecar = GlossaFactory.eINSTANCE.createDocument();
        sidecar.setCodebook(codebook());
        byte[] codebook = write(codebook());
        return Stream.of(
                Arguments.of("a codebook file", codebook, true),
                Arguments.of("a codebook file with recorded conflicts", write(codebook(), conflict()), true),
                Arguments.of("a sidecar", write(sidecar), false),
                Arguments.of("a codebook behind a declaration and a comment",
                        "<?xml version=\"1.0\"?>\n<!-- merged -->\n<glossa:Codebook xmlns:glossa=\"g\"/>"
                                .getBytes(StandardCharsets.UTF_8), true),
                Arguments.of("another root element", "<?xml version=\"1.0\"?><glossa:Document/>"
                        .getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("plain text", "Codebook".getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("an empty file", new byte[0], false),
                Arguments.of("no file", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whatCountsAsACodebookFile(String what, byte[] bytes, boolean codebook) {
        assertEquals(codebook, CodebookFileMerge.isCodebookFile(bytes));
    }

    @Test
    void oneRenamesAndTheOtherRecoloursAndAddsAType() throws IOException {
        Codebook base = codebook();
        Codebook ours = EcoreUtil.copy(base);
        Codebook theirs = EcoreUtil.copy(base);
        type(ours, "claim").setName("Assertion");
        type(theirs, "claim").setColor("#123456");
        AnnotationType org = GlossaFactory.eINSTANCE.createAnnotationType();
        org.setId("org");
        org.setName("Organisation");
        type(theirs, "policy-measure").getChildren().add(org);
        CodebookFileMerge.Result result = CodebookFileMerge.merge(write(base), write(ours), write(theirs), FILE);
        assertEquals(List.of(), result.conflicts());
        Map<String, String> merged = types(result.bytes());
        assertEquals("Assertion #123456", merged.get("claim"));
        assertEquals("Organisation null", merged.get("org"));
        assertEquals(Codebooks.allTypes(base).size() + 1, merged.size());
        assertEquals(1, read(result.bytes()).size(), "no conflicts, one root");
        assertTrue(CodebookFileMerge.isCodebookFile(result.bytes()));
    }

    @Test
    void aConflictKeepsOursAndTravelsInTheFile() throws IOException {
        Codebook base = codebook();
        Codebook ours = EcoreUtil.copy(base);
        Codebook theirs = EcoreUtil.copy(base);
        type(ours, "claim").setName("A");
        type(theirs, "claim").setName("B");
        CodebookFileMerge.Result result = CodebookFileMerge.merge(write(base), write(ours), write(theirs), FILE);
        assertEquals(List.of("type claim name Claim|A|B"), result.conflicts().stream()
                .map(c -> c.objectKind() + " " + c.objectId() + " " + c.feature() + " " + c.base() + "|" + c.ours()
                        + "|" + c.theirs())
                .toList());
        List<EObject> roots = read(result.bytes());
        assertEquals("A", type((Codebook) roots.get(0), "claim").getName());
        MergeConflict recorded = assertInstanceOf(MergeConflict.class, roots.get(1));
        assertEquals("B", recorded.getTheirs());
        assertEquals(2, roots.size());
        assertTrue(CodebookFileMerge.isCodebookFile(result.bytes()), "a file with conflicts is still a codebook file");
        // The merged file, conflicts and all, is a valid version for the next merge, which keeps the record once.
        CodebookFileMerge.Result again = CodebookFileMerge.merge(result.bytes(), result.bytes(), result.bytes(), FILE);
        List<EObject> next = read(again.bytes());
        assertEquals("A", type((Codebook) next.get(0), "claim").getName());
        assertEquals(List.of(recorded.getId()), next.stream().skip(1).map(c -> ((MergeConflict) c).getId()).toList());
    }

    static Stream<Arguments> missingVersions() {
        return Stream.of(
                Arguments.of("no base: both sides' types kept", "none", "ours", "theirs", "ours+theirs"),
                Arguments.of("empty base: both sides' types kept", "empty", "ours", "theirs", "ours+theirs"),
                Arguments.of("added on our side only", "none", "ours", "empty", "ours"),
                Arguments.of("added on their side only", "none", "empty", "theirs", "theirs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void missingVersions(String rule, String base, String ours, String theirs, String expected) throws IOException {
        Codebook o = codebook();
        AnnotationType mine = GlossaFactory.eINSTANCE.createAnnotationType();
        mine.setId("mine");
        o.getTypes().add(mine);
        Codebook t = codebook();
        AnnotationType yours = GlossaFactory.eINSTANCE.createAnnotationType();
        yours.setId("yours");
        t.getTypes().add(yours);
        CodebookFileMerge.Result result = CodebookFileMerge.merge(version(base, null), version(ours, o),
                version(theirs, t), FILE);
        Map<String, String> merged = types(result.bytes());
        assertEquals(expected.contains("ours"), merged.containsKey("mine"));
        assertEquals(expected.contains("theirs"), merged.containsKey("yours"));
        assertTrue(merged.containsKey("claim"));
        assertEquals(List.of(), result.conflicts());
    }

    private static byte[] version(String which, Codebook codebook) throws IOException {
        return switch (which) {
            case "none" -> null;
            case "empty" -> new byte[0];
            default -> write(codebook);
        };
    }

    static Stream<Arguments> unreadable() throws IOException {
        byte[] good = write(codebook());
        Document sidecar = GlossaFactory.eINSTANCE.createDocument();
        sidecar.setCodebook(codebook());
        List<Arguments> rows = new java.util.ArrayList<>();
        Map<String, byte[]> broken = Map.of(
                "not XML", "just text".getBytes(StandardCharsets.UTF_8),
                "cut off half-way", Arrays.copyOf(good, good.length / 2),
                "a sidecar", write(sidecar),
                "a codebook followed by a root that is not a conflict", write(codebook(), sidecar));
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(broken).entrySet()) {
            for (int side = 0; side < 3; side++) {
                rows.add(Arguments.of(List.of("base", "ours", "theirs").get(side) + " is " + entry.getKey(), side,
                        entry.getValue(), good));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unreadable(String what, int side, byte[] broken, byte[] good) {
        byte[][] versions = {good, good, good};
        versions[side] = broken;
        SidecarException e = assertThrows(SidecarException.class,
                () -> CodebookFileMerge.merge(versions[0], versions[1], versions[2], FILE));
        assertEquals(FILE, e.file());
    }
}
