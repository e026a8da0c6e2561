package glossa.benchdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.core.query.SortKey;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * "Filter and sort 100,000 annotations", as the Annotations view does on every filter or sort change, measured against
 * the naive way (stream filter + sort with a collator comparing the strings on every comparison) in the same run.
 * Runs on a plain class path (see docs/benchmarks.md): {@code java -cp … glossa.benchdata.ViewsBenchmark [n]}.
 */
public final class ViewsBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 11;

    private ViewsBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Document document = SyntheticDocuments.create(n, 8, 42);
        AnnotationFilter hideClaims = new AnnotationFilter(Set.of(DefaultCodebook.CLAIM), Set.of(AnnotationStatus.CONFIRMED),
                Set.of(), "");
        AnnotationFilter text = new AnnotationFilter(Set.of(), Set.of(), Set.of(), "国");
        System.out.printf("Views benchmark: %,d annotations, %s, %d warm-up + %d measured runs, median (min) in ms%n", n,
                Runtime.version(), WARMUP, RUNS);

        Collator collator = Collator.getInstance(ULocale.CHINESE);
        report("index: hide a type + status, sort by quote", () -> AnnotationIndex.build(document, hideClaims,
                SortKey.of(AnnotationColumn.QUOTE, true)).size());
        report("naive: same, collator per comparison", () -> naive(document, hideClaims, collator).size());
        report("index: text search \"国\", sort by quote", () -> AnnotationIndex.build(document, text,
                SortKey.of(AnnotationColumn.QUOTE, true)).size());
        report("naive: same, collator per comparison", () -> naive(document, text, collator).size());
        report("index: all, sort by actor (attribute)", () -> AnnotationIndex.build(document, AnnotationFilter.ALL,
                SortKey.attribute("actor", true)).size());
        report("index: all, sort by section", () -> AnnotationIndex.build(document, AnnotationFilter.ALL,
                SortKey.of(AnnotationColumn.SECTION, true)).size());
        report("section statistics, all", () -> SectionStatistics.compute(document, AnnotationFilter.ALL).total());
        AnnotationIndex index = AnnotationIndex.build(document, AnnotationFilter.ALL, SortKey.of(AnnotationColumn.QUOTE, true));
        Annotation some = document.getAnnotations().get(n / 2);
        report("index: update one annotation (x1000)", () -> {
            int row = 0;
            for (int i = 0; i < 1000; i++) {
                row = index.update(some);
            }
            return row;
        });
    }

    private static List<Annotation> naive(Document document, AnnotationFilter filter, Collator collator) {
        List<Annotation> rows = new ArrayList<>(document.getAnnotations().stream().filter(filter).toList());
        rows.sort((a, b) -> {
            int c = collator.compare(a.getQuote(), b.getQuote());
            return c != 0 ? c : Integer.compare(a.getBegin(), b.getBegin());
        });
        return rows;
    }

    private static void report(String what, Supplier<Integer> work) {
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += work.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-46s %9.1f  (%.1f)   [rows/result %d]%n", what, times[RUNS / 2] / 1e6, times[0] / 1e6,
                sink / (WARMUP + RUNS));
    }
}
