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
}
