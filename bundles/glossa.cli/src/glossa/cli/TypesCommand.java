package glossa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;

/** {@code types FILE [--json]}: the codebook in use. */
final class TypesCommand implements Subcommand {

    @Override
    public String name() {
        return "types";
    }

    @Override
    public String summary() {
        return "print the codebook (annotation types and their attributes)";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli types FILE [--json]

                Prints the annotation types of FILE's codebook (the default codebook when the article
                has no sidecar yet): id, name, colour, shortcut, retired, and the attribute schema.

                  --json   {"codebook": NAME, "types": [{id, name, color, shortcut, description,
                           retired, builtIn, attributes: [{name, kind, choices}], children: [...]}]}
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, Set.of(), Set.of("json"));
        AnnotatedArticle article = CliArticles.open(parsed.file(), err);
        Codebook codebook = article.document().getCodebook();
        if (parsed.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("codebook", codebook.getName());
            json.put("types", types(codebook.getTypes()));
            out.println(Json.write(json));
        } else {
            TextTable table = new TextTable();
            table.row("ID", "NAME", "COLOR", "KEY", "ATTRIBUTES");
            addRows(table, codebook.getTypes(), "");
            table.print(out);
        }
        return 0;
    }

    private static List<Object> types(List<AnnotationType> types) {
        List<Object> rows = new ArrayList<>();
        for (AnnotationType t : types) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.getId());
            row.put("name", t.getName());
            row.put("color", t.getColor());
            row.put("shortcut", t.getShortcut());
            row.put("description", t.getDescription());
            row.put("retired", t.isRetired());
            row.put("builtIn", t.isBuiltIn());
            List<Object> attributes = new ArrayList<>();
            for (AttributeDefinition a : t.getAttributes()) {
                Map<String, Object> attribute = new LinkedHashMap<>();
                attribute.put("name", a.getName());
                attribute.put("kind", a.getKind().getLiteral());
                attribute.put("choices", new ArrayList<>(a.getChoices()));
                attributes.add(attribute);
            }
            row.put("attributes", attributes);
            row.put("children", types(t.getChildren()));
            rows.add(row);
        }
        return rows;
    }

    private static void addRows(TextTable table, List<AnnotationType> types, String indent) {
        for (AnnotationType t : types) {
            List<String> attributes = new ArrayList<>();
            for (AttributeDefinition a : t.getAttributes()) {
                attributes.add(a.getName() + ":" + a.getKind().getLiteral()
                        + (a.getChoices().isEmpty() ? "" : "(" + String.join("|", a.getChoices()) + ")"));
            }
            table.row(indent + t.getId() + (t.isRetired() ? " (retired)" : ""), t.getName(), t.getColor(),
                    t.getShortcut(), String.join(", ", attributes));
            addRows(table, t.getChildren(), indent + "  ");
        }
    }
}
