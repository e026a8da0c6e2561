package glossa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.model.Section;

/** {@code sections FILE [--json]}: the section tree. */
final class SectionsCommand implements Subcommand {

    @Override
    public String name() {
        return "sections";
    }

    @Override
    public String summary() {
        return "print the section tree of an article";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli sections FILE [--json]

                Prints the section tree of FILE: number (as written), title, level, kind and the
                begin/end offsets (UTF-16 code units into the decoded text). Corrected sections from
                the sidecar are used when the analyst corrected them; otherwise they are detected.

                  --json   {"file": NAME, "sections": [{number, title, level, kind, begin, end,
                           children: [...]}]}
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, Set.of(), Set.of("json"));
        AnnotatedArticle article = CliArticles.open(parsed.file(), err);
        List<Section> sections = article.document().getSections();
        if (parsed.flag("json")) {
            List<Object> rows = new ArrayList<>();
            sections.forEach(s -> rows.add(CliRows.section(s)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", article.articlePath().getFileName().toString());
            json.put("sections", rows);
            out.println(Json.write(json));
        } else {
            TextTable table = new TextTable(false, false, false, true, true);
            table.row("NUMBER", "TITLE", "KIND", "BEGIN", "END");
            addRows(table, sections, "");
            table.print(out);
        }
        return 0;
    }

    private static void addRows(TextTable table, List<Section> sections, String indent) {
        for (Section s : sections) {
            table.row(indent + s.getNumber(), TextTable.shorten(s.getTitle(), 48), s.getKind().getLiteral(),
                    s.getBegin(), s.getEnd());
            addRows(table, s.getChildren(), indent + "  ");
        }
    }
}
