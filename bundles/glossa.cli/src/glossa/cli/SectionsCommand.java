package glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sections FILE [--json]}: the section tree. */
@Command(name = "sections", description = { "Print the section tree of an article.", "",
        "Prints the section tree of FILE: number (as written), title, level, kind and the begin/end offsets (UTF-16 "
                + "code units into the decoded text). Corrected sections from the sidecar are used when the analyst "
                + "corrected them; otherwise they are detected. FILE '-' reads the article text from standard input "
                + "(no sidecar: detected sections)." })
final class SectionsCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (.txt or .md), or - for standard input")
    String file;

    @Option(names = { "-j", "--json" }, description = { "{\"file\": NAME, \"sections\": [{number, title, level, kind, "
            + "begin, end, children: [...]}]}" })
    boolean json;

    @Override
    public Integer call() throws Exception {
        AnnotatedArticle article = CliArticles.openReadOnly(file, in(), err());
        List<Section> sections = article.document().getSections();
        if (json) {
            List<Object> rows = new ArrayList<>();
            sections.forEach(s -> rows.add(CliRows.section(s)));
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("file", CliArticles.name(article));
            tree.put("sections", rows);
            Json.print(tree, out());
        } else {
            TextTable table = new TextTable(false, false, false, true, true);
            table.row("NUMBER", "TITLE", "KIND", "BEGIN", "END");
            addRows(table, sections, "");
            table.print(out());
        }
        return GlossaCli.OK;
    }

    private static void addRows(TextTable table, List<Section> sections, String indent) {
        for (Section s : sections) {
            table.row(indent + s.getNumber(), TextTable.shorten(s.getTitle(), 48), s.getKind().getLiteral(),
                    s.getBegin(), s.getEnd());
            addRows(table, s.getChildren(), indent + "  ");
        }
    }
}
