package glossa.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.text.AnnotationFS;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.Section;

/** What the views do with a loaded document: statistics per section, filter plus sort, export. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmarks {

    @Benchmark
    public SectionStatistics glossaStatistics(BenchState s) {
        return SectionStatistics.compute(s.document, AnnotationFilter.ALL);
    }

    @Benchmark
    public Map<Section, int[]> naiveStatistics(BenchState s) {
        return NaiveSectionStatistics.compute(s.document);
    }

    @Benchmark
    public List<Annotation> glossaFilterSort(BenchState s) {
        return Queries.glossa(s.document);
    }

    @Benchmark
    public List<AnnotationFS> uimaFilterSort(BenchState s) {
        return Queries.uima(s.cas, s.features);
    }

    @Benchmark
    public int glossaExportHtml(BenchState s) {
        return Exports.html(s.article);
    }

    @Benchmark
    public int glossaExportCsv(BenchState s) {
        return Exports.csv(s.article);
    }

    @Benchmark
    public int uimaExportCsv(BenchState s) {
        return Exports.uimaCsv(s.cas, s.features);
    }
}
