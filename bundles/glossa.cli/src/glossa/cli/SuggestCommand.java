package glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.suggest.CueRules;
import glossa.suggest.Suggester;
import glossa.suggest.Suggestion;
import glossa.suggest.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suggest FILE [--types a,b] [--min-confidence X] [--json] [--apply]}: what the recommenders propose. */
@Command(name = "suggest", description = { "Propose annotations by cue rules and by what the analyst confirmed.", "",
        "Runs the recommenders on FILE: the cue rules (suggest-rules.tsv in FILE's folder, else the defaults) and "
                + "the learning recommender trained on FILE's confirmed and rejected annotations (and those of the "
                + "case with --case). Spans already annotated, or rejected, as that type are never proposed. With "
                + "--apply the suggestions are stored in FILE.glossa with status suggested." })
final class SuggestCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-t", "--types" }, paramLabel = "ID,ID", description = "only these types (repeatable)")
    List<String> types;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.5",
            description = "leave out suggestions less confident than X (0..1; default ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--case", paramLabel = "DIR", description = "also learn from the decisions in this case folder")
    String caseDir;

    @Option(names = "--rules", paramLabel = "RULES.tsv", description = "use these cue rules instead")
    String rulesFile;

    @Option(names = "--apply", description = "store the suggestions in FILE.glossa (status suggested)")
    boolean apply;

    @Option(names = { "-j", "--json" }, description = "{\"suggestions\": [{type, begin, end, quote, confidence, "
            + "recommender}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SuggestionRun.checkConfidence(minConfidence);
        AnnotatedArticle article = apply ? CliArticles.open(file, err()) : CliArticles.openReadOnly(file, in(), err());
        Set<String> typeIds = types == null ? null : ListCommand.types(String.join(",", items(types)), article.document());
        CueRules rules = SuggestionRun.rules(article, rulesFile);
        TrainingSet training = SuggestionRun.training(article, caseDir);
        List<Suggestion> suggestions = SuggestionRun.suggest(article, rules, training, typeIds, minConfidence);
        if (apply) {
            for (Suggestion s : suggestions) {
                AnnotationType type = Codebooks.find(article.document().getCodebook(), s.typeId()).orElse(null);
                if (type != null && !type.isRetired()) {
                    article.document().getAnnotations().add(Suggester.toAnnotation(s, article.text(), type));
                }
            }
            CliArticles.saveSidecar(article);
        }
        String text = article.text();
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (Suggestion s : suggestions) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", s.typeId());
                row.put("begin", s.begin());
                row.put("end", s.end());
                row.put("quote", text.substring(s.begin(), s.end()));
                row.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
                row.put("recommender", s.recommender());
                rows.add(row);
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("suggestions", rows);
            Json.print(tree, out());
        } else {
            TextTable table = new TextTable(false, true, true, true, false, false);
            table.row("TYPE", "BEGIN", "END", "CONFIDENCE", "RECOMMENDER", "QUOTE");
            for (Suggestion s : suggestions) {
                table.row(s.typeId(), s.begin(), s.end(), String.format(java.util.Locale.ROOT, "%.2f", s.confidence()),
                        s.recommender(), TextTable.shorten(text.substring(s.begin(), s.end()), 40));
            }
            table.print(out());
            if (apply) {
                out().println("stored " + suggestions.size() + " suggestion" + (suggestions.size() == 1 ? "" : "s"));
            }
        }
        return GlossaCli.OK;
    }
}
