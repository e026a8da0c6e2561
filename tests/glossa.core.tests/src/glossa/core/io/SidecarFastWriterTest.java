package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.codebook.DefaultCodebook;
import glossa.benchdata.SyntheticDocuments;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.HighlightStyle;
import glossa.model.Relation;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * {@link SidecarFastWriter} must write exactly EMF's bytes (EMF's stream save plus {@link RestrictedCharacters}, the
 * oracle of {@link SidecarSaveBytesTest}) for every document Glossa writes, and decline, so that EMF saves, whatever
 * it does not mirror. (In package glossa.core.io: internal.)
 */
class SidecarFastWriterTest {

    private static final GlossaFactory F = GlossaFactory.eINSTANCE;

    @Test
    void writesRichAndSyntheticDocumentsByteForByteAsEmf() throws Exception {
        for (String memo : new String[] { "", "plain", "a<b>&\"'\t\n\r\u0001\u001F\u007F\u0085\u2028 中文 \uD83D\uDE00" }) {
            assertSameAsEmf(SidecarFastReaderTest.richDocument(memo), "rich " + memo);
        }
        assertSameAsEmf(SidecarFastReaderTest.smallDocument(), "small");
        assertSameAsEmf(F.createDocument(), "empty document");
        for (int n : new int[] { 1, 50, 2000 }) {
            assertSameAsEmf(SyntheticDocuments.create(n, 7, n), "synthetic " + n);
        }
    }

    @Test
    void writesRandomDocumentsByteForByteAsEmf() throws Exception {
        SplittableRandom random = new SplittableRandom(20261128);
        for (int round = 0; round < 250; round++) {
            assertSameAsEmf(randomDocument(random), "round " + round);
        }
    }

    /** Values around the 120-character line width, where EMF starts a new line before the next attribute. */
    @Test
    void wrapsAttributesWhereEmfDoes() throws Exception {
        for (int length = 60; length <= 140; length++) {
            for (String unit : new String[] { "x", "中", "&", "\n", "\u0085", "\uD83D\uDE00" }) {
                Document document = SidecarFastReaderTest.smallDocument();
                String text = unit.repeat(length / unit.length());
                document.setTitle(text);
                document.setContentHash(text);
                Annotation annotation = document.getAnnotations().get(1);
                annotation.setQuote(text);
                annotation.setMemo(unit.repeat(length / unit.length() / 2));
                AnnotationType type = document.getCodebook().getTypes().get(0);
                type.setDescription(text);
                type.setRetired(length % 2 == 0);
                assertSameAsEmf(document, length + " × " + unit);
            }
        }
    }

    /** Element text escapes differently from attributes: {@code >} only after {@code ]]}, tabs and line ends kept. */
    @Test
    void escapesElementTextAsEmf() throws Exception {
        Document document = SidecarFastReaderTest.smallDocument();
        List<String> texts = List.of(">", "]>", "]]>", "a]]>b]]>", "] ]>", "]]]>", "x]]", "\t\n\r", "&<\"'", "\u0085\u2028");
        document.getCodebook().getTypes().get(0).getAttributes().get(0).getChoices().addAll(texts);
        AnnotationFilterSpec filter = F.createAnnotationFilterSpec();
        filter.getHiddenTypes().addAll(texts);
        filter.getAuthors().addAll(texts);
        document.setActiveFilter(filter);
        assertSameAsEmf(document, "element text");
    }

    @Test
    void writesSavedAndReloadedSidecarsAsEmf(@TempDir Path directory) throws Exception {
        SidecarStore store = new SidecarStore();
        Path sidecar = directory.resolve("文章 one.txt.glossa");
        store.save(SidecarFastReaderTest.richDocument("备注"), sidecar);
        Document loaded = store.load(sidecar);
        assertEquals("file", loaded.eResource().getURI().scheme());
        loaded.getAnnotations().get(3).setMemo("changed <after> load");
        loaded.getAnnotations().remove(5);
        assertSameAsEmf(loaded, "reloaded");
    }

    @Test
    void declinesWhatItDoesNotMirrorAndEmfSavesIt() throws Exception {
        // IDs that a URI or escaping might change are left to EMF.
        for (String id : new String[] { "has space", "a&b", "q\"uote", "hash#id", "per%cent", "slash/id", "，标点" }) {
            Document document = SidecarFastReaderTest.smallDocument();
            document.getCodebook().getTypes().get(0).setId(id);
            assertDeclinedAndSavedByEmf(document, id);
        }
        Document relationId = SidecarFastReaderTest.smallDocument();
        relationId.getAnnotations().get(0).setId("a 1");
        assertDeclinedAndSavedByEmf(relationId, "relation to an ID with a space");

        // A type in another resource: EMF writes a cross-document reference.
        Document crossResource = SidecarFastReaderTest.smallDocument();
        Document other = F.createDocument();
        other.setCodebook(DefaultCodebook.create());
        GlossaResources.newResource(URI.createURI("memory:/other.glossa")).getContents().add(other);
        crossResource.getAnnotations().get(0).setType(other.getCodebook().getTypes().get(1));
        assertDeclinedAndSavedByEmf(crossResource, "cross-resource type");

        // A type in no resource: EMF reports a dangling reference; whatever it does, it does it.
        Document dangling = SidecarFastReaderTest.smallDocument();
        dangling.getAnnotations().get(0).setType(DefaultCodebook.create().getTypes().get(0));
        assertNull(SidecarFastWriter.write(dangling, resourceOf(dangling), 0));

        // XMI IDs of a hand-edited file, and dates EMF's own formatter writes differently.
        Document xmiIds = SidecarFastReaderTest.smallDocument();
        resourceOf(xmiIds).setID(xmiIds.getAnnotations().get(0), "x1");
        assertDeclinedAndSavedByEmf(xmiIds, "xmi:id");
        Document oldDate = SidecarFastReaderTest.smallDocument();
        oldDate.getAnnotations().get(2).setCreated(new Date(-4_000_000_000_000L));
        assertDeclinedAndSavedByEmf(oldDate, "1843");

        // Two roots in one resource.
        Document twoRoots = SidecarFastReaderTest.smallDocument();
        resourceOf(twoRoots).getContents().add(F.createDocument());
        assertNull(SidecarFastWriter.write(twoRoots, resourceOf(twoRoots), 0));
    }

    /** Characters XML cannot carry: EMF's save refuses them, so the writer must not write them either. */
    @Test
    void leavesCharactersXmlCannotCarryToEmfWhichRefusesThem() {
        for (String bad : new String[] { "nul\u0000", "lone \uD800 high", "lone \uDC00 low", "end \uD83D",
                "\uFFFE", "\uFFFF" }) {
            Document document = SidecarFastReaderTest.smallDocument();
            document.getAnnotations().get(0).setMemo(bad);
            assertNull(SidecarFastWriter.write(document, resourceOf(document), 0), bad);
            assertThrows(Exception.class, () -> SidecarSaveBytesTest.streamBytes(document), bad);
            assertThrows(Exception.class, () -> new SidecarStore().toBytes(document), bad);
        }
    }

    /** The writer really runs for what Glossa writes: a broken writer would otherwise hide behind the fallback. */
    @Test
    void sidecarStoreUsesTheWriterAndItsBytesLoadBack() throws Exception {
        Document document = SidecarFastReaderTest.richDocument("回读");
        byte[] saved = new SidecarStore().toBytes(document);
        assertArrayEquals(SidecarFastWriter.write(document, resourceOf(document), 0), saved);
        Document loaded = new SidecarStore().load(saved, Path.of("round-trip.glossa"));
        assertTrue(EcoreUtil.equals(document, loaded));
        assertTrue(new String(saved, StandardCharsets.UTF_8).contains("回读"));
    }

    private static void assertSameAsEmf(Document document, String what) throws Exception {
        byte[] emf = SidecarSaveBytesTest.streamBytes(document);
        byte[] fast = SidecarFastWriter.write(document, resourceOf(document), 0);
        assertNotNull(fast, () -> "declined: " + what);
        if (!java.util.Arrays.equals(emf, fast)) {
            assertEquals(new String(emf, StandardCharsets.UTF_8), new String(fast, StandardCharsets.UTF_8), what);
        }
        assertArrayEquals(emf, new SidecarStore().toBytes(document), what);
    }

    private static void assertDeclinedAndSavedByEmf(Document document, String what) throws Exception {
        assertNull(SidecarFastWriter.write(document, resourceOf(document), 0), what);
        assertArrayEquals(SidecarSaveBytesTest.streamBytes(document), new SidecarStore().toBytes(document), what);
    }

    /** The document's resource, given one as {@link SidecarStore#toBytes} would. */
    private static XMLResource resourceOf(Document document) {
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        Resource resource = document.eResource();
        if (resource == null) {
            resource = GlossaResources.newResource(URI.createURI("memory:/test." + GlossaResources.EXTENSION));
            resource.getContents().add(document);
        }
        return (XMLResource) resource;
    }

    /** A document with every feature set or unset at random, random text in every string, nested sections and types. */
    private static Document randomDocument(SplittableRandom random) {
        Document document = F.createDocument();
        if (random.nextBoolean()) {
            document.setTitle(text(random));
        }
        if (random.nextBoolean()) {
            document.setSourcePath(text(random));
        }
        if (random.nextInt(4) == 0) {
            document.setEncoding(random.nextBoolean() ? "GB18030" : null);
        }
        document.setByteOrderMark(random.nextInt(4) == 0);
        document.setSectionsCorrected(random.nextInt(4) == 0);
        if (random.nextBoolean()) {
            document.setContentHash(text(random));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            document.getSections().add(section(random, 1));
        }
        if (random.nextInt(5) > 0) {
            document.setCodebook(random.nextBoolean() ? DefaultCodebook.create() : F.createCodebook());
            if (random.nextBoolean()) {
                document.getCodebook().setName(text(random));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                document.getCodebook().getTypes().add(type(random, 2));
            }
        }
        List<AnnotationType> types = document.getCodebook() == null ? List.of()
                : glossa.core.codebook.Codebooks.allTypes(document.getCodebook());
        for (int i = random.nextInt(30); i > 0; i--) {
            document.getAnnotations().add(annotation(random, types));
        }
        for (int i = random.nextInt(4); i > 0 && document.getAnnotations().size() > 1; i--) {
            Relation relation = F.createRelation();
            relation.setId("r-" + i);
            if (random.nextBoolean()) {
                relation.setKind(text(random));
            }
            List<Annotation> annotations = document.getAnnotations();
            relation.setSource(annotations.get(random.nextInt(annotations.size())));
            if (random.nextBoolean()) {
                relation.setTarget(annotations.get(random.nextInt(annotations.size())));
            }
            if (random.nextBoolean()) {
                relation.setMemo(text(random));
            }
            document.getRelations().add(relation);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            document.getFilters().add(filter(random));
        }
        if (random.nextBoolean()) {
            document.setActiveFilter(filter(random));
        }
        return document;
    }

    private static Section section(SplittableRandom random, int level) {
        Section section = F.createSection();
        if (random.nextBoolean()) {
            section.setNumber(text(random));
        }
        if (random.nextBoolean()) {
            section.setTitle(text(random));
        }
        section.setLevel(random.nextInt(4) == 0 ? -level : level);
        section.setBegin(random.nextInt(3) == 0 ? 0 : random.nextInt(Integer.MAX_VALUE));
        section.setEnd(random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
        section.setKind(SectionKind.get(random.nextInt(3)));
        for (int i = level < 5 ? random.nextInt(3) : 0; i > 0; i--) {
            section.getChildren().add(section(random, level + 1));
        }
        return section;
    }

    private static AnnotationType type(SplittableRandom random, int depth) {
        AnnotationType type = F.createAnnotationType();
        type.setId("t" + random.nextInt(1_000_000) + (random.nextBoolean() ? "-类型" : "_x.y"));
        if (random.nextBoolean()) {
            type.setName(text(random));
        }
        if (random.nextBoolean()) {
            type.setColor(text(random));
        }
        if (random.nextBoolean()) {
            type.setShortcut(text(random));
        }
        if (random.nextBoolean()) {
            type.setDescription(text(random));
        }
        type.setRetired(random.nextBoolean());
        type.setBuiltIn(random.nextBoolean());
        type.setStyle(HighlightStyle.get(random.nextInt(4)));
        for (int i = random.nextInt(3); i > 0; i--) {
            AttributeDefinition definition = F.createAttributeDefinition();
            if (random.nextBoolean()) {
                definition.setName(text(random));
            }
            definition.setKind(AttributeKind.get(random.nextInt(3)));
            for (int j = random.nextInt(4); j > 0; j--) {
                definition.getChoices().add(text(random));
            }
            if (random.nextBoolean()) {
                definition.setDescription(text(random));
            }
            type.getAttributes().add(definition);
        }
        for (int i = depth < 4 ? random.nextInt(2) : 0; i > 0; i--) {
            type.getChildren().add(type(random, depth + 1));
        }
        return type;
    }

    private static Annotation annotation(SplittableRandom random, List<AnnotationType> types) {
        Annotation annotation = F.createAnnotation();
        annotation.setId("a-" + random.nextLong(Long.MAX_VALUE));
        if (!types.isEmpty() && random.nextInt(5) > 0) {
            annotation.setType(types.get(random.nextInt(types.size())));
        }
        annotation.setBegin(random.nextInt(0, 2_000_000));
        annotation.setEnd(annotation.getBegin() + random.nextInt(0, 500));
        if (random.nextInt(5) > 0) {
            annotation.setQuote(text(random));
        }
        if (random.nextBoolean()) {
            annotation.setPrefix(text(random));
        }
        if (random.nextBoolean()) {
            annotation.setSuffix(text(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            annotation.getAttributes().add(random.nextBoolean() ? glossa.core.annotations.AnnotationFactory
                    .attribute(text(random), text(random)) : F.createAttributeValue());
        }
        if (random.nextBoolean()) {
            annotation.setMemo(text(random));
        }
        if (random.nextBoolean()) {
            annotation.setAuthor(text(random));
        }
        if (random.nextInt(4) > 0) {
            annotation.setCreated(new Date(random.nextLong(-2_208_988_800_000L + 86_400_000L, 4_102_444_800_000L)));
        }
        if (random.nextBoolean()) {
            annotation.setModified(new Date(random.nextLong(946_684_800_000L, 2_000_000_000_000L)));
        }
        annotation.setStatus(AnnotationStatus.get(random.nextInt(3)));
        annotation.setAnchor(AnchorState.get(random.nextInt(4)));
        annotation.setAnchorScore(switch (random.nextInt(5)) {
            case 0 -> 1.0;
            case 1 -> random.nextDouble();
            case 2 -> -0.0;
            case 3 -> Double.NaN;
            default -> random.nextDouble() * 1e-7;
        });
        return annotation;
    }

    private static AnnotationFilterSpec filter(SplittableRandom random) {
        AnnotationFilterSpec filter = F.createAnnotationFilterSpec();
        if (random.nextBoolean()) {
            filter.setName(text(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            filter.getHiddenTypes().add(text(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            filter.getStatuses().add(AnnotationStatus.get(random.nextInt(3)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            filter.getAuthors().add(text(random));
        }
        if (random.nextBoolean()) {
            filter.setText(random.nextInt(5) == 0 ? "" : text(random));
        }
        return filter;
    }

    /** Mostly short, sometimes empty or long (line widths), with every character class EMF escapes or encodes apart. */
    private static String text(SplittableRandom random) {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(100, 260);
            default -> random.nextInt(1, 30);
        };
        String text = SidecarSaveBytesTest.randomText(random, length, false);
        return random.nextInt(10) == 0 ? text + "]]>" : text;
    }
}
