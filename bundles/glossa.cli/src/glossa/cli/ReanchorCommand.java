package glossa.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.exchange.json.Json;
import glossa.model.AnchorState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reanchor FILE [--json] [--save]}: re-anchors FILE's annotations on its current text. */
@Command(name = "reanchor", description = {
        "Re-anchor annotations on the article's current text; count exact, moved, fuzzy, orphaned.", "",
        "Finds each annotation of FILE again in FILE's current text: at its old place (exact), at another occurrence "
                + "of its quote (moved), at similar text (fuzzy, with a score), or not at all (orphaned: kept with its "
                + "quote, attributes and memo). Prints the counts, then one line per annotation that is not exact. "
                + "Changes nothing unless --save is given; then the sidecar is written (atomically) with the new "
                + "places and states. No annotation is ever deleted." })
final class ReanchorCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-j", "--json" }, description = "{\"changed\": BOOL, \"counts\": {\"exact\": N, "
            + "\"moved\": N, \"fuzzy\": N, \"orphaned\": N}, \"saved\": BOOL, \"results\": [{id, state, score, "
            + "oldBegin, oldEnd, newBegin, newEnd, oldQuote, newQuote, reason}]} (results: the non-exact ones; "
            + "reason: why an orphan was not placed, e.g. \"ambiguous: 2 candidates\", else null)")
    boolean json;

    @Option(names = "--save", description = "write the re-anchored annotations to FILE's sidecar")
    boolean save;

    @Override
    public Integer call() throws Exception {
        // Opening already re-anchored (in memory) when the text changed; otherwise check every annotation anyway.
        AnnotatedArticle article = CliArticles.open(file, err());
        boolean changed = article.reanchorReport() != null;
        ReanchorReport report = changed ? article.reanchorReport() : article.reanchor(null, null);
        if (save) {
            report.apply();
            article.reanchored(report);
            CliArticles.saveSidecar(article);
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("changed", changed);
            tree.put("counts", counts(report));
            tree.put("saved", save);
            tree.put("results", report.needingReview().stream().map(ReanchorCommand::result).toList());
            Json.print(tree, out());
            return GlossaCli.OK;
        }
        out().println((changed ? "text changed since annotated" : "text unchanged since annotated") + "; "
                + String.join(", ", counts(report).entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                + (save ? "; saved" : "; not saved (use --save)"));
        for (AnchorResult r : report.needingReview()) {
            out().println(String.format(Locale.ROOT, "%-8s %.2f %d-%d -> %d-%d  %s%s", r.state().getLiteral(),
                    r.score(), r.oldBegin(), r.oldEnd(), r.newBegin(), r.newEnd(),
                    CliArticles.oneLine(String.valueOf(r.oldQuote())),
                    r.reason() == null ? "" : "  (" + r.reason() + ")"));
        }
        return GlossaCli.OK;
    }

    private static Map<String, Object> counts(ReanchorReport report) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (AnchorState state : AnchorState.VALUES) {
            counts.put(state.getLiteral(), report.count(state));
        }
        return counts;
    }

    private static Map<String, Object> result(AnchorResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.annotation().getId());
        m.put("state", r.state().getLiteral());
        m.put("score", r.score());
        m.put("oldBegin", r.oldBegin());
        m.put("oldEnd", r.oldEnd());
        m.put("newBegin", r.newBegin());
        m.put("newEnd", r.newEnd());
        m.put("oldQuote", r.oldQuote());
        m.put("newQuote", r.newQuote());
        m.put("reason", r.reason());
        return m;
    }
}
