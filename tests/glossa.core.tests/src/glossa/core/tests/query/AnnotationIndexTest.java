package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.core.query.SortKey;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

class AnnotationIndexTest {

    private final Fixture f = new Fixture();

    private static List<String> quotes(AnnotationIndex index) {
        return index.annotations().stream().map(Annotation::getQuote).toList();
    }

    @Test
    void quotesSortInPinyinOrderNotCodePointOrder() {
        // Code points: 上 4E0A < 中 4E2D < 北 5317 < 深 6DF1; pinyin: bei < shang < shen < zhong.
        f.add(f.claim, 600, "中国");
        f.add(f.claim, 610, "上海");
        f.add(f.claim, 620, "北京");
        f.add(f.claim, 630, "深圳");
        AnnotationIndex up = AnnotationIndex.build(f.document, AnnotationFilter.ALL, SortKey.of(AnnotationColumn.QUOTE, true));
        assertEquals(List.of("北京", "上海", "深圳", "中国"), quotes(up));
        AnnotationIndex down = AnnotationIndex.build(f.document, AnnotationFilter.ALL,
                SortKey.of(AnnotationColumn.QUOTE, false));
        assertEquals(List.of("中国", "深圳", "上海", "北京"), quotes(down));
    }

    @Test
    void hanSortsBeforeLatinAsInChineseCollationAndLatinIgnoresCase() {
        f.add(f.claim, 600, "北京");
        f.add(f.claim, 610, "openai");
        f.add(f.claim, 620, "DeepSeek");
        AnnotationIndex index = AnnotationIndex.build(f.document, AnnotationFilter.ALL,
                SortKey.of(AnnotationColumn.QUOTE, true));
        // CLDR's Chinese collation reorders Han (in pinyin order) before Latin.
        assertEquals(List.of("北京", "DeepSeek", "openai"), quotes(index));
    }

    @Test
    void attributeColumnSortsByThatAttributeWithCollation() {
        f.add(f.claim, 600, "q1", "商务部");
        f.add(f.claim, 610, "q2", "OpenAI");
        f.add(f.claim, 620, "q3", "美国政府");
        f.add(f.claim, 630, "q4"); // no actor: empty sorts first
        AnnotationIndex index = AnnotationIndex.build(f.document, AnnotationFilter.ALL, SortKey.attribute("actor", true));
        // 美国 (mei), 商务部 (shang), then Latin: OpenAI
        assertEquals(List.of("q4", "q3", "q1", "q2"), quotes(index));
    }

    @Test
    void sectionColumnSortsInDocumentOrderWithTiesInTextOrder() {
        Annotation inTwo = f.add(f.claim, 700, "b");
        Annotation inOneTwo = f.add(f.claim, 400, "c");
        Annotation inOneEarly = f.add(f.claim, 120, "d");
        Annotation inOneOne2 = f.add(f.claim, 250, "e");
        Annotation inOneOne1 = f.add(f.claim, 200, "f");
        Annotation before = f.add(f.claim, 10, "g");
        AnnotationIndex index = AnnotationIndex.build(f.document, AnnotationFilter.ALL,
                SortKey.of(AnnotationColumn.SECTION, true));
        assertEquals(List.of(before, inOneEarly, inOneOne1, inOneOne2, inOneTwo, inTwo), index.annotations());
        assertSame(f.oneOne, index.sectionOf(inOneOne1));
    }

    @Test
    void statusAndModifiedSortByMeaningNotByText() {
        Annotation orphan = f.add(f.claim, 600, "x");
        orphan.setStatus(AnnotationStatus.ORPHANED);
        Annotation suggested = f.add(f.claim, 610, "y");
        suggested.setStatus(AnnotationStatus.SUGGESTED);
        Annotation confirmed = f.add(f.claim, 620, "z");
        assertEquals(List.of(confirmed, suggested, orphan), AnnotationIndex
                .build(f.document, AnnotationFilter.ALL, SortKey.of(AnnotationColumn.STATUS, true)).annotations());
        // Modified times grow with creation order in the fixture.
        assertEquals(List.of(confirmed, suggested, orphan), AnnotationIndex
                .build(f.document, AnnotationFilter.ALL, SortKey.of(AnnotationColumn.MODIFIED, false)).annotations());
    }

    @Test
    void filtersCombineTypeStatusAuthorAndText() {
        Annotation match = f.add(f.measure, 600, "技术出口管制升级");
        Annotation wrongType = f.add(f.claim, 610, "技术出口管制");
        Annotation wrongStatus = f.add(f.measure, 620, "出口限制");
        wrongStatus.setStatus(AnnotationStatus.SUGGESTED);
        Annotation wrongAuthor = f.add(f.measure, 630, "出口许可");
        wrongAuthor.setAuthor("bob");
        Annotation noText = f.add(f.measure, 640, "人才流动限制");
        Annotation memoMatch = f.add(f.counter, 650, "开源生态");
        memoMatch.setMemo("回应出口管制");
        Annotation attributeMatch = f.add(f.counter, 660, "自主研发", "出口商");
        AnnotationFilter filter = new AnnotationFilter(Set.of(DefaultCodebook.CLAIM), Set.of(AnnotationStatus.CONFIRMED),
                Set.of("alice"), "出口");
        AnnotationIndex index = AnnotationIndex.build(f.document, filter, SortKey.DOCUMENT_ORDER);
        assertEquals(List.of(match, memoMatch, attributeMatch), index.annotations());
        assertEquals(-1, index.indexOf(wrongType));
        assertEquals(-1, index.indexOf(wrongStatus));
        assertEquals(-1, index.indexOf(wrongAuthor));
        assertEquals(-1, index.indexOf(noText));
    }

    @Test
    void latinTextSearchIgnoresCase() {
        Annotation a = f.add(f.claim, 600, "DeepSeek的模型");
        f.add(f.claim, 610, "OpenAI");
        AnnotationIndex index = AnnotationIndex.build(f.document, new AnnotationFilter(Set.of(), Set.of(), Set.of(), "deepseek"),
                SortKey.DOCUMENT_ORDER);
        assertEquals(List.of(a), index.annotations());
    }

    /** After any sequence of adds, removes and edits, the incremental index equals one built from scratch. */
    @Test
    void incrementalChangesMatchAFreshBuild() {
        Random random = new Random(7);
        String[] words = { "技术", "出口", "管制", "人才", "开源", "芯片", "数据", "算法", "AI", "联盟" };
        for (int i = 0; i < 200; i++) {
            f.add(i % 2 == 0 ? f.claim : f.measure, random.nextInt(1000), words[random.nextInt(words.length)]
                    + words[random.nextInt(words.length)], words[random.nextInt(words.length)]);
        }
        AnnotationFilter filter = new AnnotationFilter(Set.of(DefaultCodebook.COUNTER_STRATEGY), Set.of(), Set.of(), "");
        for (SortKey key : List.of(SortKey.of(AnnotationColumn.QUOTE, true), SortKey.of(AnnotationColumn.SECTION, false),
                SortKey.attribute("actor", true), SortKey.of(AnnotationColumn.TYPE, false))) {
            AnnotationIndex index = AnnotationIndex.build(f.document, filter, key);
            for (int step = 0; step < 300; step++) {
                List<Annotation> all = f.document.getAnnotations();
                Annotation some = all.get(random.nextInt(all.size()));
                switch (random.nextInt(4)) {
                case 0 -> {
                    Annotation added = f.add(random.nextBoolean() ? f.counter : f.claim, random.nextInt(1000),
                            words[random.nextInt(words.length)], words[random.nextInt(words.length)]);
                    int row = index.add(added);
                    assertTrue(row < 0 || index.get(row) == added);
                }
                case 1 -> {
                    f.document.getAnnotations().remove(some);
                    index.remove(some);
                }
                case 2 -> {
                    some.setQuote(words[random.nextInt(words.length)]);
                    some.setBegin(random.nextInt(1000));
                    index.update(some);
                }
                default -> {
                    some.setType(random.nextBoolean() ? f.counter : f.measure);
                    some.getAttributes().clear();
                    some.getAttributes().add(AnnotationFactory.attribute("actor", words[random.nextInt(words.length)]));
                    index.update(some);
                }
                }
            }
            assertEquals(new ArrayList<>(AnnotationIndex.build(f.document, filter, key).annotations()),
                    new ArrayList<>(index.annotations()), "after random edits, sorted by " + key);
            for (int row = 0; row < index.size(); row++) {
                assertEquals(row, index.indexOf(index.get(row)));
            }
        }
    }
}
