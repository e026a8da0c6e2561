package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.core.text.ArticleText;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.uima.UimaTypes;
import glossa.exchange.uima.UimaXmiExporter;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * What the UIMA CAS XMI export writes, element by element, read back with the JDK's DOM (the test that a real UIMA
 * reads it, with {@code uimaj-core}, is in releng/glossa.benchmarks): the sofa is the text; DKPro's document metadata
 * spans it with title, id and language; sections in document order, children after their parent; one
 * {@code glossa:Annotation} per exported annotation with every feature; relations only between exported annotations;
 * the view lists every member in order; and every feature written is declared in {@code TypeSystem.xml}.
 */
class UimaXmiRulesTest {

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static Element xmi(AnnotatedArticle article, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UimaXmiExporter().export(article, options, out, new NullProgressMonitor());
        return parse(out.toByteArray());
    }

    private static List<Element> children(Element root, String qualifiedName) {
        List<Element> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(qualifiedName)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element root, String qualifiedName) {
        List<Element> found = children(root, qualifiedName);
        assertEquals(1, found.size(), qualifiedName);
        return found.get(0);
    }

    /** The attributes as written, and each repeated child element's texts under its name. */
    private static Map<String, String> features(Element e) {
        Map<String, String> map = new TreeMap<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            map.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                map.merge(child.getTagName(), child.getTextContent(), (a, b) -> a + "|" + b);
            }
        }
        return map;
    }

    /** {@link ExportFixtures#small()} with a second-level section inside "一、背景" and an annotation without dates. */
    private static AnnotatedArticle article() {
        AnnotatedArticle article = ExportFixtures.small();
        Section one = article.document().getSections().get(1);
        Section child = ExportFixtures.section("1", "细节", one.getBegin() + 5, one.getEnd(), SectionKind.BODY);
        child.setLevel(2);
        one.getChildren().add(child);
        Annotation plain = ExportFixtures.add(article.document(), article.text(), DefaultCodebook.CLAIM, 0, 2, null);
        plain.setCreated(null);
        plain.setModified(null);
        return article;
    }

    @Test
    void everyAnnotationSectionAndRelationIsWrittenWithItsFeatures() throws Exception {
        AnnotatedArticle article = article();
        Element root = xmi(article, ExportFixtures.OPTIONS);
        String text = article.text();

        Element sofa = only(root, "cas:Sofa");
        assertEquals(text, sofa.getAttribute("sofaString"), "the text, line ends and quotes included");
        assertEquals("1", sofa.getAttribute("xmi:id"));
        assertEquals("_InitialView", sofa.getAttribute("sofaID"));

        Element meta = only(root, "type:DocumentMetaData");
        assertEquals(Map.of("xmi:id", "2", "sofa", "1", "begin", "0", "end", String.valueOf(text.length()), "language",
                "zh", "documentTitle", "技术封锁 test", "documentId", "article.zh.txt", "isLastSegment", "false"),
                features(meta));

        List<String> sections = new ArrayList<>();
        for (Element s : children(root, "glossa:Section")) {
            sections.add(s.getAttribute("xmi:id") + " " + s.getAttribute("number") + " " + s.getAttribute("title") + " "
                    + s.getAttribute("begin") + ".." + s.getAttribute("end") + " L" + s.getAttribute("level") + " "
                    + s.getAttribute("kind"));
        }
        List<Section> top = article.document().getSections();
        Section child = top.get(1).getChildren().get(0);
        assertEquals(List.of("3  前言 0.." + top.get(0).getEnd() + " L1 preamble",
                "4 一 背景 " + top.get(1).getBegin() + ".." + top.get(1).getEnd() + " L1 body",
                "5 1 细节 " + child.getBegin() + ".." + child.getEnd() + " L2 body",
                "6 二 对策 " + top.get(2).getBegin() + ".." + top.get(2).getEnd() + " L1 body"), sections,
                "document order, a child right after its parent");

        List<Element> annotations = children(root, "glossa:Annotation");
        List<Annotation> model = article.document().getAnnotations();
        assertEquals(model.size(), annotations.size());
        Map<String, Element> byId = new LinkedHashMap<>();
        for (Element e : annotations) {
            byId.put(e.getAttribute("id"), e);
        }
        Element claim = byId.get(ExportFixtures.claim.getId());
        Map<String, String> expected = new TreeMap<>(Map.of("sofa", "1", "begin",
                String.valueOf(ExportFixtures.claim.getBegin()), "end", String.valueOf(ExportFixtures.claim.getEnd()),
                "id", ExportFixtures.claim.getId(), "typeId", DefaultCodebook.CLAIM, "typeName",
                ExportFixtures.claim.getType().getName(), "status", ExportFixtures.claim.getStatus().getLiteral(),
                "author", "ana", "memo", ExportFixtures.claim.getMemo()));
        expected.put("xmi:id", claim.getAttribute("xmi:id"));
        expected.put("created", "2025-09-20T08:15:30.123Z");
        expected.put("modified", "2025-09-21T09:00:00Z");
        expected.put("attributeNames", "actor|stance");
        expected.put("attributeValues", "美国政府|critical");
        assertEquals(expected, features(claim));
        assertEquals(text.substring(ExportFixtures.claim.getBegin(), ExportFixtures.claim.getEnd()), "技术出口管制");
        assertEquals("suggested", byId.get(ExportFixtures.measure.getId()).getAttribute("status"));
        Element plain = byId.get(model.get(model.size() - 1).getId());
        assertEquals(Set.of("xmi:id", "sofa", "begin", "end", "id", "typeId", "typeName", "status"),
                features(plain).keySet(), "no author, memo, dates or attributes: no feature, not an empty one");

        Element relation = only(root, "glossa:Relation");
        assertEquals(byId.get(ExportFixtures.openSource.getId()).getAttribute("xmi:id"),
                relation.getAttribute("Governor"));
        assertEquals(byId.get(ExportFixtures.measure.getId()).getAttribute("xmi:id"), relation.getAttribute("Dependent"));
        assertEquals(String.valueOf(ExportFixtures.measure.getBegin()), relation.getAttribute("begin"),
                "a relation spans its dependent, as INCEpTION's relation layers do");
        assertEquals(String.valueOf(ExportFixtures.measure.getEnd()), relation.getAttribute("end"));
        assertEquals("counters", relation.getAttribute("kind"));
        assertEquals("r-1", relation.getAttribute("id"));

        List<String> ids = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !e.getTagName().equals("cas:NULL") && !e.getTagName().equals("cas:Sofa")
                    && !e.getTagName().equals("cas:View")) {
                ids.add(e.getAttribute("xmi:id"));
            }
        }
        assertEquals(String.join(" ", ids), only(root, "cas:View").getAttribute("members"),
                "every member, in the order written");
        assertEquals(1 + 4 + model.size() + 1, ids.size(), "metadata, 4 sections, the annotations, one relation");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(String.valueOf(i + 2), ids.get(i), "ids count up from the sofa's");
        }
    }

    @Test
    void aRelationWithAnEndNotExportedIsLeftOut() throws Exception {
        AnnotatedArticle article = article();
        ExportOptions onlyMeasures = ExportFixtures.OPTIONS.withFilter(new AnnotationFilter(
                Set.of(DefaultCodebook.CLAIM, DefaultCodebook.COUNTER_STRATEGY), Set.of(), Set.of(), ""));
        Element root = xmi(article, onlyMeasures);
        List<Element> annotations = children(root, "glossa:Annotation");
        assertEquals(1, annotations.size());
        assertEquals(ExportFixtures.measure.getId(), annotations.get(0).getAttribute("id"));
        assertTrue(children(root, "glossa:Relation").isEmpty(), "its governor, a counter-strategy, is filtered out");
        String members = only(root, "cas:View").getAttribute("members");
        assertEquals("2 3 4 5 6 " + annotations.get(0).getAttribute("xmi:id"), members);
    }

    /** Han letters against all letters: "zh" from a fifth on; digits, spaces and punctuation do not count. */
    @ParameterizedTest
    @CsvSource({ "中abcd, zh", "中abcde, x-unspecified", "中中abcdefgh, zh", "中中abcdefghi, x-unspecified",
            "'中 1234567890, !?', zh", "'1234 ,.;', x-unspecified", "'Policy 政策 review', x-unspecified",
            "'政策 policy', zh", "'', x-unspecified" })
    void theLanguageIsChineseWhenAFifthOfTheLettersAreHan(String text, String language) throws Exception {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        AnnotatedArticle article = new AnnotatedArticle(Path.of("a.txt"), ArticleText.of(text), document);
        assertEquals(language, only(xmi(article, ExportFixtures.OPTIONS), "type:DocumentMetaData").getAttribute(
                "language"));
    }

    @Test
    void theTypeSystemDeclaresEveryFeatureTheExportWrites() throws Exception {
        Element ts = parse(UimaTypes.typeSystem());
        assertEquals("typeSystemDescription", ts.getLocalName());
        Map<String, String> supertypes = new LinkedHashMap<>();
        Map<String, Map<String, String>> features = new LinkedHashMap<>();
        NodeList types = ts.getElementsByTagNameNS("*", "typeDescription");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            String name = text(type, "name");
            supertypes.put(name, text(type, "supertypeName"));
            Map<String, String> ranges = new LinkedHashMap<>();
            NodeList fs = type.getElementsByTagNameNS("*", "featureDescription");
            for (int k = 0; k < fs.getLength(); k++) {
                Element f = (Element) fs.item(k);
                String range = text(f, "rangeTypeName");
                NodeList element = f.getElementsByTagNameNS("*", "elementType");
                ranges.put(text(f, "name"), element.getLength() == 0 ? range
                        : range + "<" + element.item(0).getTextContent() + ">");
            }
            features.put(name, ranges);
        }
        assertEquals(Map.of(UimaTypes.DOCUMENT_METADATA, "uima.tcas.DocumentAnnotation", "glossa.Annotation",
                "uima.tcas.Annotation", "glossa.Section", "uima.tcas.Annotation", "glossa.Relation",
                "uima.tcas.Annotation", UimaTypes.DOCUMENT_MEMO, "uima.tcas.Annotation"), supertypes);
        assertEquals("uima.cas.StringArray<uima.cas.String>", features.get("glossa.Annotation").get("attributeNames"));
        assertEquals("uima.cas.StringArray<uima.cas.String>", features.get("glossa.Annotation").get("attributeValues"));
        assertEquals("uima.cas.Integer", features.get("glossa.Section").get("level"));
        assertEquals("glossa.Annotation", features.get("glossa.Relation").get("Governor"));
        assertEquals("uima.cas.Boolean", features.get(UimaTypes.DOCUMENT_METADATA).get("isLastSegment"));
        for (Map<String, String> ranges : features.values()) {
            for (Map.Entry<String, String> f : ranges.entrySet()) {
                assertTrue(f.getValue().endsWith("Array<uima.cas.String>") || !f.getValue().contains("<"),
                        "an element type only on arrays: " + f);
                assertTrue(!f.getValue().endsWith("Array"), "every array has an element type: " + f);
            }
        }

        Element root = xmi(ExportFixtures.smallWithMemos(), ExportFixtures.OPTIONS);
        Map<String, String> typeOfElement = Map.of("type:DocumentMetaData", UimaTypes.DOCUMENT_METADATA,
                "glossa:Annotation", "glossa.Annotation", "glossa:Section", "glossa.Section", "glossa:Relation",
                "glossa.Relation", "glossa:DocumentMemo", UimaTypes.DOCUMENT_MEMO);
        assertEquals(1, children(root, "glossa:DocumentMemo").size(), "the memo is there to be checked");
        Set<String> builtIn = Set.of("xmi:id", "sofa", "begin", "end", "language");
        for (Map.Entry<String, String> kind : typeOfElement.entrySet()) {
            for (Element e : children(root, kind.getKey())) {
                for (String feature : features(e).keySet()) {
                    assertTrue(builtIn.contains(feature) || features.get(kind.getValue()).containsKey(feature),
                            kind.getKey() + " writes " + feature + ", which " + kind.getValue() + " does not declare");
                }
            }
        }
    }

    private static String text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
