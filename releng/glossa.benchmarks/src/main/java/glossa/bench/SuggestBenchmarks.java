package glossa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import glossa.suggest.BaselineRecommender;
import glossa.suggest.CueRuleRecommender;
import glossa.suggest.CueRules;
import glossa.suggest.LabeledSpan;
import glossa.suggest.LearningRecommender;
import glossa.suggest.SuggestionInput;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/**
 * Issue 22's performance targets: suggesting over a 1 MB article (< 2 s) and retraining on 5,000 confirmed
 * annotations (< 5 s). The text is the gold set of tests/fixtures/gold repeated to 1 MB (UTF-8), never the held-out
 * sample; its gold annotations, repeated with it, are the confirmed annotations. The baseline (a dozen words
 * per type, one substring test per clause) runs in the same JVM as the peer, over the 1 MB and over the training
 * texts (the peer of retraining).
 *   java -cp target/classes:$(cat target/classpath.txt) glossa.bench.SuggestBenchmarks REPO
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SuggestBenchmarks {

    static final int MEGABYTE = 1 << 20;
    static final int CONFIRMED = 5_000;

    SuggestionInput megabyte;
    TrainingSet training;
    CueRules rules;
    LearningRecommender trained;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path gold = Path.of(System.getProperty("glossa.repo", "."), "tests", "fixtures", "gold");
        List<String> texts = new ArrayList<>();
        List<List<LabeledSpan>> spans = new ArrayList<>();
        try (var files = Files.list(gold)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".gold.tsv")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".gold.tsv", "");
                texts.add(Files.readString(gold.resolve(name + ".txt"), StandardCharsets.UTF_8));
                List<LabeledSpan> rows = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
                    String[] cells = line.split("\t");
                    rows.add(new LabeledSpan(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), false));
                }
                spans.add(rows);
            }
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0, bytes = 0; bytes < MEGABYTE; i++) {
            for (int k = 0; k < 8; k++) {
                String next = texts.get((i * 8 + k) % texts.size());
                big.append(next).append('\n');
                bytes += next.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        megabyte = SuggestionInput.plain(big.toString());
        List<TrainingArticle> articles = new ArrayList<>();
        int confirmed = 0;
        for (int i = 0; confirmed < CONFIRMED; i++) {
            int k = i % texts.size();
            List<LabeledSpan> rows = spans.get(k);
            int take = Math.min(rows.size(), CONFIRMED - confirmed);
            List<LabeledSpan> taken = rows.subList(0, take);
            articles.add(new TrainingArticle(SuggestionInput.plain(texts.get(k)), taken,
                    taken.stream().mapToInt(LabeledSpan::end).max().orElse(0)));
            confirmed += take;
        }
        training = new TrainingSet(articles);
        rules = CueRules.defaults();
        trained = new LearningRecommender(rules, 0.5);
        trained.train(training);
    }

    @Benchmark
    public int suggestLearnedOneMegabyte() {
        return trained.suggest(megabyte).size();
    }

    @Benchmark
    public int suggestCueRulesOneMegabyte() {
        return new CueRuleRecommender(rules).suggest(megabyte).size();
    }

    @Benchmark
    public int suggestBaselineOneMegabyte() {
        return new BaselineRecommender().suggest(megabyte).size();
    }

    /** The retraining's peer: the baseline over the same training texts (one pass, no features, no model). */
    @Benchmark
    public int baselineOverTrainingTexts() {
        int found = 0;
        for (TrainingArticle article : training.articles()) {
            found += new BaselineRecommender().suggest(article.input()).size();
        }
        return found;
    }

    @Benchmark
    public int retrainOnFiveThousandConfirmed() {
        return new LearningRecommender(rules, 0.5).train(training);
    }

    public static void main(String[] args) throws Exception {
        String repo = args.length > 0 ? args[0] : ".";
        new Runner(new OptionsBuilder().include(SuggestBenchmarks.class.getSimpleName())
                .jvmArgsAppend("-Dglossa.repo=" + repo).build()).run();
    }
}
