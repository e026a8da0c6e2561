package glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.exchange.json.Json;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code list FILE [--types a,b] [--section N] [--json]}: the annotations, in text order. */
@Command(name = "list", description = { "List annotations, optionally of some types or in one section.", "",
        "Lists FILE's annotations in text order: id, type, section, begin, end, status, anchor, quote. When FILE's "
                + "text changed since it was annotated, the annotations are first re-anchored on the current text (in "
                + "memory: nothing is saved; see reanchor --save), so begin, end, status and anchor (exact, moved, "
                + "fuzzy, orphaned) are those on the current text." })
final class ListCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-t", "--types" }, paramLabel = "ID,ID",
            description = "only these types (repeatable; unknown ids are an error)")
    List<String> types;

    @Option(names = { "-s", "--section" }, paramLabel = "N", description = "only annotations that begin inside "
            + "section N: a number as written (\"二\", \"（一）\", \"1.\" or \"1\"), a title, or a path such as \"二/1\"")
    String section;

    @Option(names = { "-j", "--json" }, description = "{\"annotations\": [{id, type, section, sectionPath, begin, "
            + "end, status, anchor, quote, author, attributes: {NAME: VALUE}, memo, conflict (true when a merge "
            + "conflict is recorded on it)}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AnnotatedArticle article = CliArticles.openReadOnly(file, in(), err());
        Document document = article.document();
        Set<String> typeIds = types == null ? null : types(String.join(",", types), document);
        List<Section> sections = section == null ? null : sections(section, document);
        SectionIndex index = SectionIndex.of(document);
        List<Annotation> selected = new ArrayList<>();
        for (Annotation a : document.getAnnotations()) {
            boolean typeOk = typeIds == null || a.getType() != null && typeIds.contains(a.getType().getId());
            boolean sectionOk = sections == null
                    || sections.stream().anyMatch(s -> s.getBegin() <= a.getBegin() && a.getBegin() < s.getEnd());
            if (typeOk && sectionOk) {
                selected.add(a);
            }
        }
        selected.sort((x, y) -> x.getBegin() != y.getBegin() ? Integer.compare(x.getBegin(), y.getBegin())
                : Integer.compare(y.getEnd(), x.getEnd()));
        if (json) {
            List<Object> rows = new ArrayList<>();
            Set<String> conflicted = CliRows.conflicted(document);
            selected.forEach(a -> rows.add(CliRows.annotation(a, index, conflicted)));
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("annotations", rows);
            Json.print(tree, out());
        } else {
            TextTable table = new TextTable(false, false, false, true, true, false, false, false);
            table.row("ID", "TYPE", "SECTION", "BEGIN", "END", "STATUS", "ANCHOR", "QUOTE");
            for (Annotation a : selected) {
                Map<String, Object> row = CliRows.annotation(a, index, Set.of());
                table.row(a.getId(), row.get("type"), row.get("sectionPath"), a.getBegin(), a.getEnd(),
                        a.getStatus().getLiteral(), a.getAnchor().getLiteral(), TextTable.shorten(a.getQuote(), 40));
            }
            table.print(out());
        }
        return GlossaCli.OK;
    }

    static Set<String> types(String spec, Document document) throws UsageException {
        if (spec == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (String id : spec.split(",")) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (Codebooks.find(document.getCodebook(), trimmed).isEmpty()) {
                throw new UsageException("unknown type '" + trimmed + "'");
            }
            types.add(trimmed);
        }
        return types;
    }

    static List<Section> sections(String spec, Document document) throws UsageException {
        List<Section> found = CliRows.findSections(document, spec);
        if (found.isEmpty()) {
            throw new UsageException("no section '" + spec + "' (top-level sections: " + String.join(", ",
                    document.getSections().stream().map(CliRows::label).toList()) + ")");
        }
        return found;
    }
}
