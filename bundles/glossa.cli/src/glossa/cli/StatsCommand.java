package glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.core.sections.SectionIndex;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.model.AnnotationType;
import glossa.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stats FILE [--json]}: annotation counts per section and type, with totals. */
@Command(name = "stats", description = { "Count annotations per section and type, with totals.", "",
        "Counts FILE's annotations per section and type. A section's counts include its sub-sections; an annotation "
                + "counts in the deepest section holding its begin offset. Page furniture (sections of kind "
                + "boilerplate) and the annotations in it are left out unless --boilerplate is given." })
final class StatsCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-j", "--json" }, description = "{\"types\": [ID...], \"sections\": [{number, title, "
            + "counts: {ID: N}, total, children: [...]}], \"unsectioned\": {ID: N}, \"totals\": {ID: N}, "
            + "\"total\": N}")
    boolean json;

    @Option(names = "--boilerplate", description = "also count page furniture (sections of kind boilerplate: "
            + "navigation, bylines, footers) and the annotations in it; left out by default")
    boolean boilerplate;

    @Override
    public Integer call() throws Exception {
        AnnotatedArticle article = CliArticles.openReadOnly(file, in(), err());
        SectionIndex index = SectionIndex.of(article.document());
        SectionStatistics stats = SectionStatistics.compute(article.document(),
                a -> boilerplate || !SummaryRows.inBoilerplate(index, a.getBegin()));
        List<AnnotationType> types = stats.types();
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("types", types.stream().map(AnnotationType::getId).toList());
            tree.put("sections", sections(shown(article.document().getSections()), stats));
            Map<String, Object> unsectioned = new LinkedHashMap<>();
            Map<String, Object> totals = new LinkedHashMap<>();
            for (AnnotationType type : types) {
                unsectioned.put(type.getId(), stats.unsectioned(type));
                totals.put(type.getId(), stats.total(type));
            }
            tree.put("unsectioned", unsectioned);
            tree.put("totals", totals);
            tree.put("total", stats.total());
            Json.print(tree, out());
            return GlossaCli.OK;
        }
        boolean[] right = new boolean[types.size() + 2];
        java.util.Arrays.fill(right, 1, right.length, true);
        TextTable table = new TextTable(right);
        List<Object> header = new ArrayList<>(List.of("SECTION"));
        types.forEach(t -> header.add(t.getId()));
        header.add("total");
        table.row(header.toArray());
        addRows(table, shown(article.document().getSections()), stats, "");
        List<Object> totals = new ArrayList<>(List.of("total"));
        types.forEach(t -> totals.add(stats.total(t)));
        totals.add(stats.total());
        table.row(totals.toArray());
        table.print(out());
        return GlossaCli.OK;
    }

    /** The sections listed: all with --boilerplate, else those that are not page furniture. */
    private List<Section> shown(List<Section> sections) {
        return boilerplate ? sections : sections.stream().filter(s -> !SummaryRows.isBoilerplate(s)).toList();
    }

    private List<Object> sections(List<Section> sections, SectionStatistics stats) {
        List<Object> rows = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", s.getNumber());
            row.put("title", s.getTitle());
            row.put("counts", new LinkedHashMap<>(stats.row(s)));
            row.put("total", stats.total(s));
            row.put("children", sections(shown(s.getChildren()), stats));
            rows.add(row);
        }
        return rows;
    }

    private void addRows(TextTable table, List<Section> sections, SectionStatistics stats, String indent) {
        for (Section s : sections) {
            List<Object> row = new ArrayList<>();
            row.add(indent + TextTable.shorten(CliRows.label(s) + " " + (s.getNumber().isEmpty() ? "" : s.getTitle()), 36).strip());
            stats.types().forEach(t -> row.add(stats.count(s, t)));
            row.add(stats.total(s));
            table.row(row.toArray());
            addRows(table, shown(s.getChildren()), stats, indent + "  ");
        }
    }
}
