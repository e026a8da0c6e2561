package glossa.core.tests.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import glossa.core.tests.suggest.GoldArticles.GoldArticle;
import glossa.suggest.BaselineRecommender;
import glossa.suggest.CueRuleRecommender;
import glossa.suggest.CueRules;
import glossa.suggest.Evaluation;
import glossa.suggest.Evaluation.Score;
import glossa.suggest.GoldSpan;
import glossa.suggest.LabeledSpan;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Recommender;
import glossa.suggest.Recommenders;
import glossa.suggest.Suggestion;
import glossa.suggest.Suggestions;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/**
 * The figures of docs/suggestions.md, computed on tests/fixtures/gold (never on the shared sample, which is held
 * out). Cold start: the default cue rules and the baseline on every article, counts pooled. Learning curve: each
 * article in turn held out, the learner trained on the first N gold annotations of the other articles (taken in turn
 * from each, in text order; the clauses before the last one taken count as "none"), scored on the held-out article.
 */
public final class SuggestionEvaluation {

    static final int[] CURVE = { 10, 25, 50 };
    static final double MIN_CONFIDENCE = 0.5;

    /** Pooled scores per run name ("baseline", "cue-rules", "learned@10", "rules+learned@50", ...). */
    public static Map<String, Map<String, Score>> run(List<GoldArticle> articles) {
        CueRules rules = CueRules.defaults();
        Map<String, Map<String, Score>> runs = new LinkedHashMap<>();
        for (GoldArticle article : articles) {
            add(runs, "baseline", Evaluation.score(article.gold(), new BaselineRecommender().suggest(article.input())));
            add(runs, "cue-rules", Evaluation.score(article.gold(), suggest(new CueRuleRecommender(rules), article)));
        }
        for (int n : CURVE) {
            for (GoldArticle heldOut : articles) {
                TrainingSet training = firstAnnotations(articles, heldOut, n);
                LearningRecommender learned = new LearningRecommender(rules, Recommenders.LearningProvider.THRESHOLD);
                learned.train(training);
                List<Suggestion> learnedSuggestions = suggest(learned, heldOut);
                add(runs, "learned@" + n, Evaluation.score(heldOut.gold(), learnedSuggestions));
                List<Suggestion> combined = combine(learnedSuggestions, suggest(new CueRuleRecommender(rules), heldOut));
                add(runs, "rules+learned@" + n, Evaluation.score(heldOut.gold(), combined));
            }
        }
        return runs;
    }

    /** Scores of the baseline and the cue rules for each article on its own. */
    public static Map<String, Map<String, Score>> perArticle(List<GoldArticle> articles) {
        CueRules rules = CueRules.defaults();
        Map<String, Map<String, Score>> result = new LinkedHashMap<>();
        for (GoldArticle article : articles) {
            result.put(article.name() + " baseline",
                    Evaluation.score(article.gold(), new BaselineRecommender().suggest(article.input())));
            result.put(article.name() + " cue-rules",
                    Evaluation.score(article.gold(), suggest(new CueRuleRecommender(rules), article)));
        }
        return result;
    }

    static List<Suggestion> suggest(Recommender recommender, GoldArticle article) {
        return Suggestions.joinWithinSentences(recommender.suggest(article.input()), article.input().text()).stream()
                .filter(s -> s.confidence() >= MIN_CONFIDENCE).toList();
    }

    /** Where both propose a type for overlapping spans, the learner (trained on the analyst) wins. */
    static List<Suggestion> combine(List<Suggestion> learned, List<Suggestion> rules) {
        List<Suggestion> combined = new ArrayList<>(learned);
        for (Suggestion rule : rules) {
            if (learned.stream().noneMatch(l -> l.overlap(rule.begin(), rule.end()) > 0)) {
                combined.add(rule);
            }
        }
        return combined;
    }

    static TrainingSet firstAnnotations(List<GoldArticle> articles, GoldArticle heldOut, int n) {
        List<GoldArticle> others = articles.stream().filter(a -> a != heldOut).toList();
        List<List<GoldSpan>> taken = firstGold(others, n);
        List<TrainingArticle> training = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            List<LabeledSpan> spans = taken.get(i).stream()
                    .map(g -> new LabeledSpan(g.typeId(), g.begin(), g.end(), false)).toList();
            int until = spans.stream().mapToInt(LabeledSpan::end).max().orElse(0);
            training.add(new TrainingArticle(others.get(i).input(), spans, until));
        }
        return new TrainingSet(training);
    }

    /** Per article of {@code others}, its gold annotations among the first {@code n}, taken in turn from each. */
    static List<List<GoldSpan>> firstGold(List<GoldArticle> others, int n) {
        List<List<GoldSpan>> taken = new ArrayList<>();
        others.forEach(a -> taken.add(new ArrayList<>()));
        int count = 0;
        for (int round = 0; count < n; round++) {
            boolean any = false;
            for (int i = 0; i < others.size() && count < n; i++) {
                List<GoldSpan> gold = others.get(i).gold();
                if (round < gold.size()) {
                    taken.get(i).add(gold.get(round));
                    count++;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return taken;
    }

    private static void add(Map<String, Map<String, Score>> runs, String name, Map<String, Score> scores) {
        Map<String, Score> pooled = runs.computeIfAbsent(name, k -> new TreeMap<>());
        scores.forEach((type, score) -> pooled.merge(type, score, Score::plus));
    }

    /** A Markdown table: one row per run and type. */
    public static String table(Map<String, Map<String, Score>> runs) {
        StringBuilder out = new StringBuilder("| run | type | P | R | F1 | matched / suggested / gold |\n"
                + "|---|---|---|---|---|---|\n");
        runs.forEach((run, scores) -> {
            List<String> types = new ArrayList<>(scores.keySet());
            types.remove(Evaluation.OVERALL);
            types.add(Evaluation.OVERALL);
            for (String type : types) {
                Score s = scores.get(type);
                out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %d / %d / %d |%n", run, type,
                        s.precision(), s.recall(), s.f1(), s.truePositives(), s.suggested(), s.gold()));
            }
        });
        return out.toString();
    }

    /** Writes the report to {@code args[0]} (default target/suggest-evaluation.md) and prints it. */
    public static void main(String[] args) throws Exception {
        List<GoldArticle> articles = GoldArticles.load(GoldArticles.folder());
        Path out = Path.of(args.length > 0 ? args[0] : "target/suggest-evaluation.md");
        String report = report(articles, Files.createTempDirectory("glossa-case-curve"));
        write(out, report);
        System.out.println(report);
    }

    /** The whole report: pooled runs, the case-wide curve (its cases written under {@code scratch}), per article. */
    static String report(List<GoldArticle> articles, Path scratch) throws IOException {
        return report(articles, run(articles), scratch);
    }

    static String report(List<GoldArticle> articles, Map<String, Map<String, Score>> runs, Path scratch)
            throws IOException {
        return "## Pooled over " + articles.size() + " articles, "
                + articles.stream().mapToInt(a -> a.gold().size()).sum() + " gold annotations\n\n" + table(runs)
                + "\n## Learning from the case (as `suggest --case` and the workbench)\n\n"
                + table(CaseWideCurve.run(articles, scratch)) + "\n## Per article (cold start)\n\n"
                + table(perArticle(articles));
    }

    static void write(Path out, String report) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }
}
