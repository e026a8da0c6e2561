package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.benchdata.SyntheticDocuments;
import glossa.core.sections.SectionDetector;
import glossa.core.text.TextDecoder;
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

/**
 * The fast sidecar reader must build exactly what EMF's XMI load builds, or decline so that EMF reads the file. (In
 * package glossa.core.io: the reader is internal.)
 */
class SidecarFastReaderTest {

    private static final Path FILE = Path.of("article.txt.glossa");
    private static final GlossaFactory F = GlossaFactory.eINSTANCE;

    private final SidecarStore store = new SidecarStore();

    @Test
    void annotatedSampleReadsAsEmfReadsIt() throws Exception {
        Document document = richDocument("");
        byte[] bytes = store.toBytes(document);
        Document fast = SidecarFastReader.read(bytes);
        assertNotNull(fast, "Glossa's own sidecar of the sample is read by the fast reader");
        assertEqualDocuments(emf(bytes), fast);
        // Not just equal to EMF's reading, but to what was saved.
        assertEqualDocuments(EcoreUtil.copy(document), fast);
        assertTrue(fast.getAnnotations().size() > 100, "annotations: " + fast.getAnnotations().size());
    }

    @Test
    void controlCharactersSpecialCharactersAndSurrogatesSurvive() throws Exception {
        // Control characters go out as character references (XML 1.1), which the fast reader decodes.
        String tricky = "<b>&amp;\"'quoted'\" ]]> tab\there\nline\r\ncrlf \u0001\u000C\u001F 😀 𠀀 \uE000 \uFFFD";
        Document document = richDocument(tricky);
        byte[] bytes = store.toBytes(document);
        Document fast = SidecarFastReader.read(bytes);
        assertNotNull(fast);
        assertEqualDocuments(emf(bytes), fast);
        assertEquals(tricky, fast.getAnnotations().get(0).getMemo().substring(0, tricky.length()));
    }

    @Test
    void charactersXmlWouldNormaliseAreLeftToEmf() throws Exception {
        // U+0085 and U+2028 are line ends in XML 1.1, U+007F..U+009F are restricted. The store writes them as
        // character references (RestrictedCharacters); should one stand literally in a file, the fast reader declines
        // it and the store does what EMF does with it.
        for (char special : new char[] { '\u0085', '\u2028', '\u007F', '\u0090' }) {
            byte[] bytes = store.toBytes(richDocument("before" + special + "after"));
            if (new String(bytes, StandardCharsets.UTF_8).indexOf(special) >= 0) {
                assertNull(SidecarFastReader.read(bytes), Integer.toHexString(special));
            }
            assertStoreLoadsAsEmf(Integer.toHexString(special), bytes);
        }
    }

    @Test
    void syntheticDocumentsReadAsEmfReadsThem() throws Exception {
        for (long seed : new long[] { 1, 2, 3 }) {
            Document document = SyntheticDocuments.create(3_000, 7, seed);
            document.getAnnotations().get(5).setCreated(new Date(-2_208_988_800_000L + 1)); // 1900-01-01
            document.getAnnotations().get(6).setModified(new Date(253_402_300_799_999L)); // 9999-12-31
            byte[] bytes = store.toBytes(document);
            Document fast = SidecarFastReader.read(bytes);
            assertNotNull(fast);
            assertEqualDocuments(emf(bytes), fast);
        }
    }

    @Test
    void theStoreGivesTheFastReadersDocumentAResourceLikeEmfs() throws Exception {
        byte[] bytes = store.toBytes(richDocument("memo"));
        Document loaded = store.load(bytes, FILE);
        Document viaEmf = emf(bytes);
        LoadedDocumentCompactor.compact(viaEmf);
        assertEqualDocuments(viaEmf, loaded);
        assertNotNull(loaded.eResource());
        assertEquals(viaEmf.eResource().getURI(), loaded.eResource().getURI());
        assertEquals(1, loaded.eResource().getContents().size());
        assertTrue(loaded.eResource().getErrors().isEmpty());
        Annotation first = loaded.getAnnotations().get(0);
        assertSame(first, loaded.eResource().getEObject(first.getId()), "IDs still resolve through the resource");
        assertSame(first.getType(), loaded.eResource().getEObject(first.getType().getId()));
        // Saving what was loaded gives the same bytes.
        assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(store.toBytes(loaded), StandardCharsets.UTF_8));
    }

    @Test
    void formsGlossaDoesNotWriteAreLeftToEmf() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        String ok = new String(store.toBytes(smallDocument()), StandardCharsets.UTF_8);
        assertNotNull(SidecarFastReader.read(ok.getBytes(StandardCharsets.UTF_8)), "the base case is read");
        cases.put("comment", ok.replace("<annotations ", "<!-- note --><annotations "));
        cases.put("doctype", ok.replace("?>\n", "?>\n<!DOCTYPE d>\n"));
        cases.put("processing instruction", ok.replace("<annotations ", "<?pi x?><annotations "));
        cases.put("CDATA", ok.replace("<choices>yes</choices>", "<choices><![CDATA[yes]]></choices>"));
        cases.put("unknown attribute", ok.replace("<annotations ", "<annotations colour=\"red\" "));
        cases.put("duplicate attribute", ok.replace("<annotations ", "<annotations begin=\"3\" "));
        cases.put("unknown element", ok.replace("<annotations ", "<notes/><annotations "));
        cases.put("prefixed element", ok.replace("<annotations ", "<glossa:annotations ").replace("</annotations>",
                "</glossa:annotations>"));
        cases.put("xmi:id", ok.replace("<annotations ", "<annotations xmi:id=\"x\" "));
        cases.put("literal tab in a value", ok.replace("memo=\"m", "memo=\"\tm"));
        cases.put("literal line feed in a value", ok.replace("memo=\"m", "memo=\"\nm"));
        cases.put("literal carriage return", ok.replace("memo=\"m", "memo=\"\rm"));
        cases.put("literal next line", ok.replace("memo=\"m", "memo=\"\u0085m"));
        cases.put("unknown entity", ok.replace("memo=\"m", "memo=\"&nbsp;m"));
        cases.put("NUL reference", ok.replace("memo=\"m", "memo=\"&#0;m"));
        cases.put("surrogate reference", ok.replace("memo=\"m", "memo=\"&#xD800;m"));
        cases.put("control reference in XML 1.0", ok.replace("version=\"1.1\"", "version=\"1.0\"")
                .replace("memo=\"m", "memo=\"&#x1;m"));
        cases.put("unresolved type", ok.replace("type=\"#claim\"", "type=\"#nothing\""));
        cases.put("type by path", ok.replace("type=\"#claim\"", "type=\"#//@codebook/@types.0\""));
        cases.put("type naming an annotation", ok.replace("type=\"#claim\"", "type=\"#a-1\""));
        cases.put("duplicate ID", ok.replace("id=\"a-2\"", "id=\"a-1\""));
        cases.put("signed number", ok.replace("begin=\"", "begin=\"+"));
        cases.put("spaced number", ok.replace("begin=\"", "begin=\" "));
        cases.put("month 13", ok.replaceFirst("created=\"(\\d{4})-\\d\\d", "created=\"$1-13"));
        cases.put("date without milliseconds", ok.replaceFirst("created=\"([^\"]{19})\\.\\d{3}", "created=\"$1"));
        cases.put("capital boolean", ok.replace("builtIn=\"true\"", "builtIn=\"True\""));
        cases.put("unknown literal", ok.replace("status=\"suggested\"", "status=\"maybe\""));
        cases.put("unbound xmi prefix", ok.replace(" xmlns:xmi=\"http://www.omg.org/XMI\"", ""));
        cases.put("other namespace", ok.replace("http://glossa.dev/model/1", "http://glossa.dev/model/x"));
        cases.put("no declaration", ok.substring(ok.indexOf("?>") + 2).strip());
        cases.put("byte order mark", "\uFEFF" + ok);
        cases.put("mismatched end tag", ok.replace("</annotations>", "</annotation>"));
        cases.put("attributes without space", ok.replace("\" begin=", "\"begin="));
        cases.put("text in element content", ok.replace("<annotations ", "stray<annotations "));
        cases.put("empty choice", ok.replace("<choices>yes</choices>", "<choices/>"));
        cases.put("content after the root", ok + "<more/>");
        cases.put("truncated", ok.substring(0, ok.length() / 2));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertTrue(!c.getValue().equals(ok), c.getKey() + ": the case did not change the file");
            byte[] bytes = c.getValue().getBytes(StandardCharsets.UTF_8);
            assertNull(SidecarFastReader.read(bytes), c.getKey());
            assertStoreLoadsAsEmf(c.getKey(), bytes);
        }
    }

    @Test
    void mutatedSidecarsReadAsEmfReadsThemOrAreDeclined() throws Exception {
        String valid = new String(store.toBytes(smallDocument()), StandardCharsets.UTF_8);
        String[] tokens = { "\t", "\r", "\n", " ", "&#x1;", "&#0;", "&#x9;", "&amp;", "&lt;", "&foo;", "&", "<", ">",
                "/", "=", "\"", "'", "#", "+", "-", "0", "9", ".", "E", "x", "\u0085", "\u2028", "\uFFFE", "]]>", "<!-- c -->",
                " memo=\"m\"", " x=\"1\"", "<attributes name=\"n\"/>", "中", "😀", "a-1", "T", ":", "claim" };
        Random random = new Random(7);
        int read = 0;
        int declined = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            for (int k = 0, edits = 1 + random.nextInt(2); k < edits; k++) {
                int at = random.nextInt(mutated.length());
                if (random.nextBoolean()) {
                    mutated.insert(at, tokens[random.nextInt(tokens.length)]);
                } else {
                    mutated.deleteCharAt(at);
                }
            }
            byte[] bytes = mutated.toString().getBytes(StandardCharsets.UTF_8);
            Document fast = SidecarFastReader.read(bytes);
            if (fast == null) {
                declined++;
                continue;
            }
            read++;
            Document viaEmf;
            try {
                viaEmf = emf(bytes);
            } catch (SidecarException e) {
                fail("case " + i + ": the fast reader read a file EMF refuses (" + e.getMessage() + "):\n" + mutated);
                return;
            }
            assertEqualDocuments(viaEmf, fast);
        }
        assertTrue(read > 100 && declined > 100, read + " read, " + declined + " declined");
    }

    @Test
    void malformedOrNormalisedUtf8InValuesIsLeftToEmf() throws Exception {
        byte[] valid = store.toBytes(smallDocument());
        String xml = new String(valid, StandardCharsets.ISO_8859_1);
        int at = xml.indexOf("memo=\"m") + 6;
        int[][] patterns = { { 0x80 }, { 0xC0, 0x80 }, { 0xED, 0xA0, 0x80 }, { 0xE4, 0xB8 }, { 0xF8, 0x88, 0x80, 0x80 },
                { 0xC2, 0x85 }, { 0xC2, 0x9F }, { 0xE2, 0x80, 0xA8 }, { 0xEF, 0xBF, 0xBE }, { 0xEF, 0xBF, 0xBF } };
        for (int[] pattern : patterns) {
            byte[] bytes = new byte[valid.length + pattern.length];
            System.arraycopy(valid, 0, bytes, 0, at);
            for (int k = 0; k < pattern.length; k++) {
                bytes[at + k] = (byte) pattern[k];
            }
            System.arraycopy(valid, at, bytes, at + pattern.length, valid.length - at);
            String name = java.util.Arrays.toString(pattern);
            assertNull(SidecarFastReader.read(bytes), name);
            assertStoreLoadsAsEmf(name, bytes);
        }
        // A real U+FFFD (EF BF BD) and U+00A0 (C2 A0) are ordinary characters: read, and read right.
        Document document = smallDocument();
        document.getAnnotations().get(0).setMemo("replacement \uFFFD, no-break\u00A0space, \u2029");
        byte[] bytes = store.toBytes(document);
        Document fast = SidecarFastReader.read(bytes);
        assertNotNull(fast);
        assertEquals(document.getAnnotations().get(0).getMemo(), fast.getAnnotations().get(0).getMemo());
        assertEqualDocuments(emf(bytes), fast);
    }

    @Test
    void byteMutationsReadAsEmfReadsThemOrAreDeclined() throws Exception {
        byte[] valid = store.toBytes(smallDocument());
        Random random = new Random(13);
        int read = 0;
        for (int i = 0; i < 1_500; i++) {
            byte[] bytes = valid.clone();
            for (int k = 0, flips = 1 + random.nextInt(3); k < flips; k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Document fast = SidecarFastReader.read(bytes);
            if (fast != null) {
                read++;
                assertEqualDocuments(emf(bytes), fast);
            }
        }
        assertTrue(read > 20, read + " read");
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static Document emf(byte[] bytes) throws SidecarException {
        return SidecarStore.loadWithEmf(bytes, URI.createFileURI(FILE.toAbsolutePath().toString()), FILE,
                SidecarHeader.read(bytes, FILE));
    }

    private void assertStoreLoadsAsEmf(String name, byte[] bytes) {
        Document expected = null;
        SidecarException expectedError = null;
        try {
            expected = emf(bytes);
        } catch (SidecarException e) {
            expectedError = e;
        }
        try {
            Document actual = store.load(bytes, FILE);
            assertNull(expectedError, () -> name + ": EMF refuses, the store loads");
            expected.setFormatVersion(SidecarStore.CURRENT_VERSION);
            LoadedDocumentCompactor.compact(expected);
            assertEqualDocuments(expected, actual);
        } catch (SidecarException e) {
            if (expectedError == null) {
                fail(name + ": EMF loads, the store refuses: " + e.getMessage());
            } else if (e.getMessage().contains("newer Glossa") || e.getMessage().contains("not a")) {
                // Refused by the header check before either reader ran: equally precise.
                assertTrue(e.line() >= 1, e.getMessage());
            } else {
                // The same message, up to the identity hash codes EMF puts into some.
                assertEquals(expectedError.getMessage().replaceAll("@[0-9a-f]+", "@"),
                        e.getMessage().replaceAll("@[0-9a-f]+", "@"), name);
            }
        }
    }

    private static void assertEqualDocuments(EObject expected, EObject actual) {
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        if (!equality.equals(expected, actual)) {
            // Narrow the failure down to the first differing annotation for a readable message.
            if (expected instanceof Document e && actual instanceof Document a) {
                assertEquals(e.getAnnotations().size(), a.getAnnotations().size(), "annotations");
                for (int i = 0; i < e.getAnnotations().size(); i++) {
                    Annotation x = e.getAnnotations().get(i);
                    Annotation y = a.getAnnotations().get(i);
                    assertTrue(new EcoreUtil.EqualityHelper().equals(x, y),
                            "annotation " + i + ": " + x + " / type " + idOf(x.getType()) + "\n vs " + y + " / type "
                                    + idOf(y.getType()));
                }
            }
            fail("documents differ: " + expected + " vs " + actual);
        }
    }

    private static String idOf(AnnotationType type) {
        return type == null ? null : type.getId();
    }

    static Document smallDocument() {
        Document document = F.createDocument();
        document.setTitle("small");
        document.setCodebook(DefaultCodebook.create());
        AttributeDefinition definition = F.createAttributeDefinition();
        definition.setName("agreed");
        definition.setKind(AttributeKind.CHOICE);
        definition.getChoices().addAll(List.of("yes", "no"));
        document.getCodebook().getTypes().get(0).getAttributes().add(definition);
        String text = "一、背景 OpenAI 提出限制 DeepSeek 的建议。二、分析 这是一个测试文本，用来检查读取。";
        for (int i = 0; i < 3; i++) {
            Annotation a = AnnotationFactory.create(text, Codebooks.find(document.getCodebook(), "claim").get(), i * 10,
                    i * 10 + 6, "alice");
            a.setId("a-" + (i + 1));
            a.setMemo("memo " + i);
            a.setStatus(i == 1 ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
            a.setAnchorScore(0.5 + i / 10.0);
            a.getAttributes().add(AnnotationFactory.attribute("agreed", "yes"));
            document.getAnnotations().add(a);
        }
        Relation relation = F.createRelation();
        relation.setId("r-1");
        relation.setKind("counters");
        relation.setSource(document.getAnnotations().get(0));
        relation.setTarget(document.getAnnotations().get(2));
        document.getRelations().add(relation);
        return document;
    }

    /** The sample article, annotated throughout, with everything the model can hold; {@code memo} leads every memo. */
    static Document richDocument(String memo) throws Exception {
        String text = TextDecoder.decode(Path.of(System.getProperty("glossa.sample"))).text();
        Document document = F.createDocument();
        document.setSourcePath("article.txt");
        document.setTitle("OpenAI“技术封锁”<风波> & \"引号\"");
        document.setEncoding("GB18030");
        document.setByteOrderMark(true);
        document.setContentHash("0123456789abcdef".repeat(4));
        document.setSectionsCorrected(true);
        document.getSections().addAll(SectionDetector.detect(text));
        document.setCodebook(DefaultCodebook.create());
        document.getCodebook().setName("政策分析 <codebook>");
        AnnotationType custom = F.createAnnotationType();
        custom.setId("custom-1");
        custom.setName("自定义 & custom");
        custom.setColor("#12AB34");
        custom.setShortcut("M1+M2+9");
        custom.setDescription("line one\nline two\t\"quoted\"");
        custom.setStyle(HighlightStyle.SQUIGGLE);
        custom.setRetired(true);
        AttributeDefinition stance = F.createAttributeDefinition();
        stance.setName("stance");
        stance.setKind(AttributeKind.CHOICE);
        stance.setDescription("立场");
        stance.getChoices().addAll(List.of("支持", "<反对>", "a & b", "  spaced  ", "tab\there", "line\nfeed"));
        custom.getAttributes().add(stance);
        AnnotationType child = F.createAnnotationType();
        child.setId("custom-1.child");
        child.setName("子类型");
        child.setStyle(HighlightStyle.BOX);
        custom.getChildren().add(child);
        document.getCodebook().getTypes().add(custom);
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        String[] authors = { "alice", "陈静", "bob <b>", "王磊" };
        int i = 0;
        for (int begin = 0; begin + 40 < text.length(); begin += 23, i++) {
            int end = begin + 1 + i % 37;
            if (text.substring(begin, end).isBlank()) {
                continue;
            }
            Annotation a = AnnotationFactory.create(text, types.get(i % types.size()), begin, end,
                    authors[i % authors.length]);
            if (i % 3 == 0) {
                a.setMemo(memo + " 备注 " + i);
            }
            a.setStatus(AnnotationStatus.get(i % 3));
            a.setAnchor(AnchorState.get(i % 4));
            a.setAnchorScore(switch (i % 5) {
                case 0 -> 1.0;
                case 1 -> 0.85;
                case 2 -> 1.0E-4;
                case 3 -> 0.0;
                default -> 0.3333333333333333;
            });
            a.setCreated(new Date(1_764_000_000_000L + i * 7_919_000L));
            a.setModified(i % 2 == 0 ? a.getCreated() : new Date(a.getCreated().getTime() + 60_001));
            if (i % 4 == 0) {
                a.getAttributes().add(AnnotationFactory.attribute("actor", i % 8 == 0 ? "美国政府" : "OpenAI"));
                a.getAttributes().add(AnnotationFactory.attribute("stance", "<反对>"));
            }
            document.getAnnotations().add(a);
        }
        for (int r = 0; r + 7 < document.getAnnotations().size(); r += 7) {
            Relation relation = F.createRelation();
            relation.setId("r-" + r);
            relation.setKind(r % 2 == 0 ? "counters" : "支持");
            relation.setSource(document.getAnnotations().get(r));
            relation.setTarget(document.getAnnotations().get(r + 7));
            if (r % 3 == 0) {
                relation.setMemo(memo + "关系");
            }
            document.getRelations().add(relation);
        }
        Relation dangling = F.createRelation();
        dangling.setId("r-only-source");
        dangling.setSource(document.getAnnotations().get(1));
        document.getRelations().add(dangling);
        AnnotationFilterSpec saved = F.createAnnotationFilterSpec();
        saved.setName("只看建议");
        saved.getHiddenTypes().addAll(List.of("claim", "custom-1"));
        saved.getStatuses().addAll(List.of(AnnotationStatus.SUGGESTED, AnnotationStatus.ORPHANED));
        saved.getAuthors().addAll(List.of("陈静", "bob <b>"));
        saved.setText("技术 & \"封锁\"");
        document.getFilters().add(saved);
        document.getFilters().add(F.createAnnotationFilterSpec());
        AnnotationFilterSpec active = EcoreUtil.copy(saved);
        active.setName(null);
        document.setActiveFilter(active);
        return document;
    }
}
