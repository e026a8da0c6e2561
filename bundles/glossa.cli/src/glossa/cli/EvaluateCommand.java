package glossa.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.suggest.BaselineRecommender;
import glossa.suggest.CueRules;
import glossa.suggest.Evaluation;
import glossa.suggest.GoldFile;
import glossa.suggest.GoldSpan;
import glossa.suggest.Suggestion;
import glossa.suggest.SuggestionInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate FILE --gold GOLD.tsv [--json]}: precision, recall and F1 of the suggestions against gold. */
@Command(name = "evaluate", description = { "Score the suggestions against gold annotations.", "",
        "Scores what `suggest FILE` proposes against GOLD.tsv (a header, then type<TAB>begin<TAB>end<TAB>quote in "
                + "UTF-16 offsets). A suggestion matches a gold annotation of the same type when their spans overlap "
                + "by at least half of the shorter one; each gold annotation matches at most once. The baseline (every "
                + "clause with one of a dozen generic cue words of a type gets that type) is scored beside it." })
final class EvaluateCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-g", "--gold" }, paramLabel = "GOLD.tsv", required = true, description = "the gold annotations")
    String goldFile;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.5",
            description = "as for suggest (default ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--case", paramLabel = "DIR", description = "as for suggest")
    String caseDir;

    @Option(names = "--rules", paramLabel = "RULES.tsv", description = "as for suggest")
    String rulesFile;

    @Option(names = { "-j", "--json" }, description = "{\"gold\": N, \"suggestions\": {TYPE: {precision, recall, f1, "
            + "matched, suggested, gold}, overall: {...}}, \"baseline\": {...}}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SuggestionRun.checkConfidence(minConfidence);
        AnnotatedArticle article = CliArticles.openReadOnly(file, in(), err());
        List<GoldSpan> gold;
        try {
            gold = GoldFile.read(CliArticles.path(goldFile), article.text());
        } catch (GoldFile.GoldException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read " + goldFile + ": " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
        CueRules rules = SuggestionRun.rules(article, rulesFile);
        List<Suggestion> suggestions = SuggestionRun.suggest(article, rules, SuggestionRun.training(article, caseDir),
                null, minConfidence);
        List<Suggestion> baseline = new BaselineRecommender()
                .suggest(SuggestionInput.of(article.document(), article.text()));
        Map<String, Evaluation.Score> scores = Evaluation.score(gold, suggestions);
        Map<String, Evaluation.Score> baselineScores = Evaluation.score(gold, baseline);
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("gold", gold.size());
            tree.put("suggestions", rows(scores));
            tree.put("baseline", rows(baselineScores));
            Json.print(tree, out());
        } else {
            TextTable table = new TextTable(false, false, true, true, true, true, true, true);
            table.row("RUN", "TYPE", "PRECISION", "RECALL", "F1", "MATCHED", "SUGGESTED", "GOLD");
            add(table, "suggest", scores);
            add(table, "baseline", baselineScores);
            table.print(out());
        }
        return GlossaCli.OK;
    }

    private static Map<String, Object> rows(Map<String, Evaluation.Score> scores) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String type : order(scores)) {
            Evaluation.Score s = scores.get(type);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("precision", round(s.precision()));
            row.put("recall", round(s.recall()));
            row.put("f1", round(s.f1()));
            row.put("matched", s.truePositives());
            row.put("suggested", s.suggested());
            row.put("gold", s.gold());
            rows.put(type, row);
        }
        return rows;
    }

    private static void add(TextTable table, String run, Map<String, Evaluation.Score> scores) {
        for (String type : order(scores)) {
            Evaluation.Score s = scores.get(type);
            table.row(run, type, format(s.precision()), format(s.recall()), format(s.f1()), s.truePositives(),
                    s.suggested(), s.gold());
        }
    }

    /** The types in name order, overall last. */
    private static List<String> order(Map<String, Evaluation.Score> scores) {
        List<String> types = new java.util.ArrayList<>(scores.keySet());
        types.remove(Evaluation.OVERALL);
        types.add(Evaluation.OVERALL);
        return types;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
