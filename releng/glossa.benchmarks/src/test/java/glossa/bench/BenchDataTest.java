package glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;

/** The benchmark compares like with like: same data in Glossa and in UIMA, and peers that compute the same answers. */
class BenchDataTest {

    private static final int COUNT = 3_000;
    private static BenchDataset data;

    @BeforeAll
    static void generate() {
        data = BenchDataset.of(COUNT);
    }

    @Test
    void articleIsAboutOneMegabyteOfChineseAndEnglish() {
        int bytes = data.text().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes >= BenchDataset.ARTICLE_BYTES && bytes < BenchDataset.ARTICLE_BYTES + 20_000, "bytes: " + bytes);
        assertTrue(data.text().contains("提案背景") && data.text().contains("export controls"));
    }

    @Test
    void generationIsDeterministic() {
        String sample = SampleArticle.text();
        assertEquals(data.text(), ArticleGenerator.generate(sample, BenchDataset.ARTICLE_BYTES, BenchDataset.ARTICLE_SEED));
        assertEquals(data.annotations(), AnnotationGenerator.generate(data.text(), COUNT, BenchDataset.ANNOTATION_SEED + COUNT));
    }

    @Test
    void aboutOneInTenAnnotationsOverlapsTheNextAndAFifthHaveMemos() {
        List<AnnotationSpec> specs = data.annotations();
        long overlaps = 0;
        for (int i = 0; i + 1 < specs.size(); i++) {
            assertTrue(specs.get(i).begin() < specs.get(i + 1).begin(), "begins strictly ascending");
            if (specs.get(i).end() > specs.get(i + 1).begin()) {
                overlaps++;
            }
        }
        double overlapShare = (double) overlaps / specs.size();
        assertTrue(overlapShare > 0.08 && overlapShare < 0.12, "overlap share " + overlapShare);
        double memoShare = specs.stream().filter(s -> s.memo() != null).count() / (double) specs.size();
        assertTrue(memoShare > 0.17 && memoShare < 0.23, "memo share " + memoShare);
    }

    @Test
    void glossaSidecarAndUimaCasHoldTheSameAnnotations() {
        Document document = GlossaSidecar.load(GlossaSidecar.save(GlossaDocuments.build(data)));
        CAS cas = UimaMirror.loadXmi(UimaMirror.saveXmi(UimaMirror.build(data)), UimaMirror.newCas());
        UimaMirror.Features f = new UimaMirror.Features(cas);

        List<AnnotationFS> fromUima = new ArrayList<>();
        cas.<AnnotationFS> getAnnotationIndex(f.annotation).forEach(fromUima::add);
        assertEquals(COUNT, document.getAnnotations().size());
        assertEquals(COUNT, fromUima.size());
        assertEquals(data.text(), cas.getDocumentText());

        Map<String, AnnotationFS> uimaById = new java.util.HashMap<>();
        fromUima.forEach(a -> uimaById.put(a.getStringValue(f.id), a));
        for (Annotation annotation : document.getAnnotations()) {
            AnnotationFS peer = uimaById.get(annotation.getId());
            assertEquals(annotation.getBegin(), peer.getBegin(), annotation.getId());
            assertEquals(annotation.getEnd(), peer.getEnd(), annotation.getId());
            assertEquals(annotation.getQuote(), peer.getCoveredText());
            assertEquals(annotation.getType().getId(), peer.getStringValue(f.type));
            assertEquals(annotation.getStatus().getLiteral(), peer.getStringValue(f.status));
            assertEquals(annotation.getMemo(), peer.getStringValue(f.memo));
            @SuppressWarnings("unchecked")
            ArrayFS<FeatureStructure> attributes = (ArrayFS<FeatureStructure>) peer.getFeatureValue(f.attributes);
            assertEquals(annotation.getAttributes().size(), attributes.size());
            for (int i = 0; i < attributes.size(); i++) {
                String name = attributes.get(i).getStringValue(f.name);
                assertEquals(AnnotationFactory.attributeValue(annotation, name), attributes.get(i).getStringValue(f.value));
            }
        }
    }

    @Test
    void uimaBinaryFormRoundTripsTheAnnotations() {
        CAS cas = UimaMirror.loadBinary(UimaMirror.saveBinary(UimaMirror.build(data)), UimaMirror.newCas());
        UimaMirror.Features f = new UimaMirror.Features(cas);
        assertEquals(COUNT, cas.getAnnotationIndex(f.annotation).size());
    }

    @Test
    void naiveStatisticsAgreeWithSectionStatistics() {
        Document document = GlossaDocuments.build(data);
        SectionStatistics stats = SectionStatistics.compute(document, AnnotationFilter.ALL);
        Map<Section, int[]> naive = NaiveSectionStatistics.compute(document);
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        assertTrue(stats.sectionIndex().sections().size() > 1000, "sections: " + stats.sectionIndex().sections().size());
        int checked = 0;
        for (Section section : stats.sectionIndex().sections()) {
            for (int c = 0; c < types.size(); c++) {
                assertEquals(stats.count(section, types.get(c)), naive.get(section)[c], SectionIndexLabel.of(section));
                checked += naive.get(section)[c];
            }
        }
        assertTrue(checked > COUNT, "counts include sub-sections");
    }

    @Test
    void glossaAndUimaQueriesSelectTheSameAnnotationsInTheSameOrder() {
        Document document = GlossaDocuments.build(data);
        CAS cas = UimaMirror.build(data);
        List<String> glossa = Queries.glossa(document).stream().map(Annotation::getId).toList();
        UimaMirror.Features f = new UimaMirror.Features(cas);
        List<String> uima = Queries.uima(cas, f).stream().map(a -> a.getStringValue(f.id)).toList();
        assertTrue(glossa.size() > 10 && glossa.size() < COUNT / 2, "selected: " + glossa.size());
        assertEquals(glossa, uima);
    }

    /** Names a section in assertion messages. */
    private static final class SectionIndexLabel {
        static String of(Section section) {
            return glossa.core.sections.SectionIndex.path(section);
        }
    }
}
