package glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code types FILE [--json]}: the codebook in use. */
@Command(name = "types", description = { "Print the codebook (annotation types and their attributes).", "",
        "Prints the annotation types of FILE's codebook (the default codebook when the article has no sidecar yet): "
                + "id, name, colour, shortcut, retired, and the attribute schema." })
final class TypesCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read), or - for standard input")
    String file;

    @Option(names = { "-j", "--json" }, description = "{\"codebook\": NAME, \"types\": [{id, name, color, "
            + "shortcut, description, retired, builtIn, attributes: [{name, kind, choices}], children: [...]}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AnnotatedArticle article = CliArticles.openReadOnly(file, in(), err());
        Codebook codebook = article.document().getCodebook();
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("codebook", codebook.getName());
            tree.put("types", types(codebook.getTypes()));
            Json.print(tree, out());
        } else {
            TextTable table = new TextTable();
            table.row("ID", "NAME", "COLOR", "KEY", "ATTRIBUTES");
            addRows(table, codebook.getTypes(), "");
            table.print(out());
        }
        return GlossaCli.OK;
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
