package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

class SectionStatisticsTest {

    private final Fixture f = new Fixture();

    @Test
    void parentCountsIncludeTheirChildrenAndUnsectionedCountOnlyInTotals() {
        f.add(f.claim, 120, "一 itself");
        f.add(f.claim, 200, "一 › 1.");
        f.add(f.measure, 250, "一 › 1.");
        f.add(f.measure, 310, "一 › 2.");
        f.add(f.counter, 600, "二");
        f.add(f.counter, 950, "结语");
        f.add(f.claim, 20, "before the first heading");
        SectionStatistics stats = SectionStatistics.compute(f.document, AnnotationFilter.ALL);

        assertEquals(2, stats.count(f.one, f.claim));
        assertEquals(2, stats.count(f.one, f.measure));
        assertEquals(0, stats.count(f.one, f.counter));
        assertEquals(4, stats.total(f.one));
        assertEquals(1, stats.count(f.oneOne, f.claim));
        assertEquals(1, stats.count(f.oneOne, f.measure));
        assertEquals(2, stats.total(f.oneOne));
        assertEquals(1, stats.total(f.oneTwo));
        assertEquals(1, stats.count(f.two, f.counter));
        assertEquals(1, stats.total(f.closing));
        assertEquals(3, stats.total(f.claim));
        assertEquals(1, stats.unsectioned(f.claim));
        assertEquals(7, stats.total());
        assertEquals(2, stats.maxCell());
        assertEquals(Map.of("claim", 1, "policy-measure", 1, "counter-strategy", 0), stats.row(f.oneOne));
        assertEquals(List.of(f.one, f.two, f.closing), stats.topLevelSections());
    }

    @Test
    void countsFollowTheCombinedFilter() {
        f.add(f.claim, 200, "技术出口管制");
        Annotation suggested = f.add(f.claim, 210, "出口限制");
        suggested.setStatus(AnnotationStatus.SUGGESTED);
        Annotation bobs = f.add(f.measure, 310, "出口许可");
        bobs.setAuthor("bob");
        f.add(f.measure, 320, "人才流动");
        f.add(f.counter, 330, "开源出口");

        AnnotationFilter filter = new AnnotationFilter(Set.of(DefaultCodebook.COUNTER_STRATEGY),
                Set.of(AnnotationStatus.CONFIRMED), Set.of(), "出口");
        SectionStatistics stats = SectionStatistics.compute(f.document, filter);
        assertEquals(1, stats.count(f.oneOne, f.claim), "the suggested claim is filtered out");
        assertEquals(1, stats.count(f.oneTwo, f.measure), "人才流动 lacks the text");
        assertEquals(0, stats.count(f.oneTwo, f.counter), "counter-strategies are hidden");
        assertEquals(2, stats.total(f.one));
        assertEquals(2, stats.total());

        SectionStatistics onlyBob = SectionStatistics.compute(f.document,
                new AnnotationFilter(Set.of(), Set.of(), Set.of("bob"), ""));
        assertEquals(1, onlyBob.total(f.one));
        assertEquals(1, onlyBob.count(f.one, f.measure));
    }

    @Test
    void countsFollowAnnotationsIntoSubSectionsAtTheirBoundaries() {
        f.add(f.claim, 150, "first character of 1.");
        f.add(f.claim, 299, "last character of 1.");
        f.add(f.claim, 300, "first character of 2.");
        f.add(f.claim, 149, "一 before 1.");
        SectionStatistics stats = SectionStatistics.compute(f.document, AnnotationFilter.ALL);
        assertEquals(2, stats.total(f.oneOne));
        assertEquals(1, stats.total(f.oneTwo));
        assertEquals(4, stats.total(f.one));
    }

    /**
     * Updating tracked statistics with a batch of removed, changed and added annotations gives exactly what counting
     * everything again gives, batch after batch, also after the sections moved (as with typing) and with a filter.
     */
    @Test
    void updatedStatisticsEqualACountFromScratch() {
        java.util.Random random = new java.util.Random(21);
        List<glossa.model.AnnotationType> types = List.of(f.claim, f.measure, f.counter);
        List<Annotation> live = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            live.add(f.add(types.get(random.nextInt(3)), random.nextInt(1000), "文本"));
        }
        AnnotationFilter filter = new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.CONFIRMED), Set.of(), "");
        SectionStatistics stats = SectionStatistics.computeTracked(f.document, filter);
        for (int batch = 0; batch < 40; batch++) {
            Set<Annotation> removed = new java.util.LinkedHashSet<>();
            Set<Annotation> changed = new java.util.LinkedHashSet<>();
            Set<Annotation> added = new java.util.LinkedHashSet<>();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                Annotation a = live.get(random.nextInt(live.size()));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        f.document.getAnnotations().remove(a);
                        live.remove(a);
                        changed.remove(a);
                        removed.add(a);
                    }
                    case 1 -> a.setType(types.get(random.nextInt(3)));
                    case 2 -> a.setBegin(random.nextInt(1000));
                    default -> a.setStatus(a.getStatus() == AnnotationStatus.CONFIRMED ? AnnotationStatus.SUGGESTED
                            : AnnotationStatus.CONFIRMED);
                }
                if (!removed.contains(a)) {
                    changed.add(a);
                }
                Annotation fresh = f.add(types.get(random.nextInt(3)), random.nextInt(1000), "新增");
                live.add(fresh);
                added.add(fresh);
            }
            if (batch % 10 == 5) {
                // Text typed at 50 moves every section and annotation after it by 3, silently.
                for (Annotation a : live) {
                    if (a.getBegin() > 50) {
                        a.setBegin(a.getBegin() + 3);
                    }
                }
                moveSections(f.document.getSections(), 50, 3);
            }
            stats = stats.updated(f.document, filter, removed, changed, added);
            SectionStatistics scratch = SectionStatistics.compute(f.document, filter);
            for (glossa.model.Section section : scratch.sectionIndex().sections()) {
                for (glossa.model.AnnotationType type : types) {
                    assertEquals(scratch.count(section, type), stats.count(section, type),
                            "batch " + batch + ", " + section.getTitle() + ", " + type.getId());
                }
            }
            for (glossa.model.AnnotationType type : types) {
                assertEquals(scratch.total(type), stats.total(type));
                assertEquals(scratch.unsectioned(type), stats.unsectioned(type));
            }
            assertEquals(scratch.maxCell(), stats.maxCell());
        }
    }

    /**
     * An update under another filter, after the sections or the codebook changed, or from statistics already updated
     * once (their tracking passed on), counts anew: the result equals a count from scratch, never stale counts.
     */
    @Test
    void updatesThatCannotBeIncrementalCountAnew() {
        f.add(f.claim, 120, "一");
        f.add(f.measure, 200, "二");
        Annotation suggested = f.add(f.counter, 600, "三");
        suggested.setStatus(AnnotationStatus.SUGGESTED);
        AnnotationFilter all = AnnotationFilter.ALL;
        AnnotationFilter confirmed = new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.CONFIRMED), Set.of(), "");
        SectionStatistics tracked = SectionStatistics.computeTracked(f.document, all);
        assertEquals(3, tracked.total());

        SectionStatistics otherFilter = tracked.updated(f.document, confirmed, Set.of(), Set.of(), Set.of());
        assertEquals(2, otherFilter.total(), "another filter: the suggestion is not counted");

        // The consumed instance (its tracking passed to otherFilter) still answers right.
        SectionStatistics again = tracked.updated(f.document, confirmed, Set.of(), Set.of(), Set.of());
        assertEquals(2, again.total());

        // A new section between 二 and 三: the counts follow the new tree.
        glossa.model.Section inserted = Fixture.section("三", "新增一节", 1, 550, 700);
        f.document.getSections().add(1, inserted);
        SectionStatistics newTree = otherFilter.updated(f.document, confirmed, Set.of(), Set.of(), Set.of());
        assertEquals(0, newTree.total(inserted), "the suggestion in it is filtered out");
        SectionStatistics newTreeAll = newTree.updated(f.document, all, Set.of(), Set.of(), Set.of());
        assertEquals(1, newTreeAll.total(inserted));

        // A new type in the codebook: its column appears.
        glossa.model.AnnotationType extra = glossa.model.GlossaFactory.eINSTANCE.createAnnotationType();
        extra.setId("extra");
        extra.setName("Extra");
        f.document.getCodebook().getTypes().add(extra);
        Annotation ofExtra = f.add(extra, 130, "额外");
        SectionStatistics newTypes = newTreeAll.updated(f.document, all, Set.of(), Set.of(), Set.of(ofExtra));
        assertEquals(1, newTypes.count(f.one, extra));
        assertEquals(SectionStatistics.compute(f.document, all).total(), newTypes.total());
    }

    private static void moveSections(List<glossa.model.Section> sections, int at, int by) {
        for (glossa.model.Section s : sections) {
            if (s.getBegin() > at) {
                s.setBegin(s.getBegin() + by);
            }
            if (s.getEnd() > at) {
                s.setEnd(s.getEnd() + by);
            }
            moveSections(s.getChildren(), at, by);
        }
    }
}
