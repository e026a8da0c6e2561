package glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.uima.UimaTypes;
import glossa.exchange.uima.UimaXmiExporter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * The proof that real UIMA reads Glossa's XMI export (written with the JDK alone): Apache UIMA's
 * {@link XmiCasDeserializer}, strict (not lenient), loads it into a CAS built from the exported TypeSystem.xml, and
 * every annotation comes back with the same offsets, covered text and features; relations point at the right
 * annotations; DKPro's DocumentMetaData is the document annotation.
 */
class UimaXmiReadTest {

    private static AnnotatedArticle article(String text, String name, long seed) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("标题 " + name + " 😀");
        document.setCodebook(DefaultCodebook.create());
        document.getSections().addAll(SectionDetector.detect(text));
        document.setMemo("文档备忘 😀 \"q\" <x> &\r\nline");
        document.getSections().get(document.getSections().size() - 1).setMemo("最后一节 memo 𠀋");
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 300; i++) {
            int b = random.nextInt(text.length() - 20);
            if (Character.isLowSurrogate(text.charAt(b))) {
                b++;
            }
            int e = b + 1 + random.nextInt(15);
            if (Character.isLowSurrogate(text.charAt(e))) {
                e++;
            }
            Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
            a.setId("a-" + seed + "-" + i);
            a.setType(types.get(i % types.size()));
            AnnotationFactory.setSpan(a, text, b, e);
            a.setStatus(i % 5 == 0 ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
            a.setAuthor(i % 3 == 0 ? null : "陈静 " + (i % 4));
            a.setMemo(i % 4 == 0 ? "备注 😀 \"q\" <x> &\r\nline\ttab" : null);
            a.setCreated(Date.from(Instant.parse("2025-03-04T05:06:07.089Z").plusSeconds(i)));
            if (i % 2 == 0) {
                a.getAttributes().add(AnnotationFactory.attribute("actor", "美国政府 \n x"));
                a.getAttributes().add(AnnotationFactory.attribute("stance", "critical"));
            }
            document.getAnnotations().add(a);
        }
        for (int i = 0; i < 20; i += 2) {
            Relation r = GlossaFactory.eINSTANCE.createRelation();
            r.setId("r-" + i);
            r.setKind("counters");
            r.setMemo(i == 0 ? "关系 😀" : null);
            r.setSource(document.getAnnotations().get(i));
            r.setTarget(document.getAnnotations().get(i + 1));
            document.getRelations().add(r);
        }
        return new AnnotatedArticle(Path.of(name), ArticleText.of(text), document);
    }

    @Test
    void uimaReadsEveryAnnotationWithItsOffsetsCoveredTextAndFeatures() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        StringBuilder emoji = new StringBuilder();
        while (emoji.length() < 4000) {
            emoji.append("技术 😀 DeepSeek 🇨🇳 𠀋\r\n开源 \"引号\" <&> \t");
        }
        for (AnnotatedArticle article : List.of(article(sample.replace("\uFEFF", ""), "sample.txt", 1),
                article(emoji.toString(), "emoji.txt", 2))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new UimaXmiExporter().export(article, ExportOptions.defaults(), out, null);
            TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(new ByteArrayInputStream(UimaTypes.typeSystem()), null));
            CAS cas = CasCreationUtils.createCas(types, null, null);
            XmiCasDeserializer.deserialize(new ByteArrayInputStream(out.toByteArray()), cas, false);

            assertEquals(article.text(), cas.getDocumentText());
            AnnotationFS meta = cas.getDocumentAnnotation();
            assertEquals(UimaTypes.DOCUMENT_METADATA, meta.getType().getName());
            assertEquals(article.document().getTitle(),
                    meta.getStringValue(meta.getType().getFeatureByBaseName("documentTitle")));

            Type annotationType = cas.getTypeSystem().getType("glossa.Annotation");
            Map<String, AnnotationFS> byId = new HashMap<>();
            List<String> read = new ArrayList<>();
            for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(annotationType)) {
                byId.put(string(fs, "id"), fs);
                read.add(describe(fs));
            }
            List<String> expected = new ArrayList<>();
            for (Annotation a : article.document().getAnnotations()) {
                expected.add(describe(a));
                assertEquals(a.getQuote(), byId.get(a.getId()).getCoveredText());
            }
            java.util.Collections.sort(read);
            java.util.Collections.sort(expected);
            assertEquals(expected, read);

            Type relationType = cas.getTypeSystem().getType("glossa.Relation");
            int relations = 0;
            for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(relationType)) {
                Relation r = article.document().getRelations().stream()
                        .filter(x -> x.getId().equals(string(fs, "id"))).findFirst().orElseThrow();
                FeatureStructure governor = fs.getFeatureValue(relationType.getFeatureByBaseName("Governor"));
                FeatureStructure dependent = fs.getFeatureValue(relationType.getFeatureByBaseName("Dependent"));
                assertEquals(r.getSource().getId(), string(governor, "id"));
                assertEquals(r.getTarget().getId(), string(dependent, "id"));
                assertEquals(r.getKind(), string(fs, "kind"));
                assertEquals(r.getMemo(), string(fs, "memo"));
                relations++;
            }
            assertEquals(article.document().getRelations().size(), relations);
            Type sectionType = cas.getTypeSystem().getType("glossa.Section");
            assertNotNull(sectionType);
            assertTrue(cas.getAnnotationIndex(sectionType).size() >= article.document().getSections().size());
            List<String> sectionMemos = new ArrayList<>();
            for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(sectionType)) {
                if (string(fs, "memo") != null) {
                    sectionMemos.add(fs.getBegin() + ".." + fs.getEnd() + " " + string(fs, "memo"));
                }
            }
            Section last = article.document().getSections().get(article.document().getSections().size() - 1);
            assertEquals(List.of(last.getBegin() + ".." + last.getEnd() + " " + last.getMemo()), sectionMemos);
            Type memoType = cas.getTypeSystem().getType(UimaTypes.DOCUMENT_MEMO);
            List<String> documentMemos = new ArrayList<>();
            for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(memoType)) {
                documentMemos.add(fs.getBegin() + ".." + fs.getEnd() + " " + string(fs, "memo"));
            }
            assertEquals(List.of("0.." + article.text().length() + " " + article.document().getMemo()), documentMemos);
        }
    }

    private static String describe(Annotation a) {
        StringBuilder sb = new StringBuilder(a.getId()).append(' ').append(a.getBegin()).append('-').append(a.getEnd())
                .append(" [").append(a.getQuote()).append("] ").append(a.getType().getId()).append('/')
                .append(a.getType().getName()).append(' ').append(a.getStatus().getLiteral()).append(" by ")
                .append(a.getAuthor()).append(" memo=").append(a.getMemo()).append(' ')
                .append(a.getCreated().toInstant()).append(' ');
        for (AttributeValue v : a.getAttributes()) {
            sb.append(v.getName()).append('=').append(v.getValue()).append(';');
        }
        return sb.toString();
    }

    private static String describe(AnnotationFS fs) {
        StringBuilder sb = new StringBuilder(string(fs, "id")).append(' ').append(fs.getBegin()).append('-')
                .append(fs.getEnd()).append(" [").append(fs.getCoveredText()).append("] ").append(string(fs, "typeId"))
                .append('/').append(string(fs, "typeName")).append(' ').append(string(fs, "status")).append(" by ")
                .append(string(fs, "author")).append(" memo=").append(string(fs, "memo")).append(' ')
                .append(string(fs, "created")).append(' ');
        StringArrayFS names = (StringArrayFS) fs.getFeatureValue(fs.getType().getFeatureByBaseName("attributeNames"));
        StringArrayFS values = (StringArrayFS) fs.getFeatureValue(fs.getType().getFeatureByBaseName("attributeValues"));
        for (int i = 0; names != null && i < names.size(); i++) {
            sb.append(names.get(i)).append('=').append(values.get(i)).append(';');
        }
        return sb.toString();
    }

    private static String string(FeatureStructure fs, String feature) {
        return fs.getStringValue(fs.getType().getFeatureByBaseName(feature));
    }
}
