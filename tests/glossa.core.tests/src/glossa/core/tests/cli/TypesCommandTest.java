package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.FormatRegistry;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/**
 * {@code types FILE}: the codebook as a table (child types indented under their parent, retired ones marked, the
 * attribute schema with its choices) and as JSON (every documented key, children nested); an article never annotated
 * shows the default codebook.
 */
class TypesCommandTest {

    @TempDir
    Path dir;

    private Path article;

    private static CliRun run(String... args) {
        return CliRun.of(args).ok();
    }

    private static AnnotationType type(String id, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        return type;
    }

    /** The default codebook plus 技术管制 (a choice attribute, the child 芯片) and a retired type. */
    @BeforeEach
    void articleWithATwoLevelCodebook() throws Exception {
        article = Files.writeString(dir.resolve("article.txt"), "一、总则\n\n人工智能。\n");
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType control = type("tech-control", "技术管制", "#4D9DE0");
        AttributeDefinition scope = GlossaFactory.eINSTANCE.createAttributeDefinition();
        scope.setName("scope");
        scope.setKind(AttributeKind.CHOICE);
        scope.getChoices().addAll(List.of("全球", "地区"));
        control.getAttributes().add(scope);
        AttributeDefinition note = GlossaFactory.eINSTANCE.createAttributeDefinition();
        note.setName("note");
        note.setKind(AttributeKind.TEXT);
        control.getAttributes().add(note);
        control.getChildren().add(type("chips", "芯片", "#E15554"));
        AnnotationType old = type("old-code", "Old code", "#999999");
        old.setRetired(true);
        codebook.getTypes().addAll(List.of(control, old));
        Path file = dir.resolve("codes.xmi");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormatRegistry.instance().codebookFormat("glossa").write(codebook, out);
        }
        run("codebook", "import", article.toString(), file.toString(), "--format", "glossa");
    }

    @Test
    void theTableIndentsChildrenAndMarksRetiredTypes() {
        assertEquals(List.of(
                "ID                  NAME              COLOR    KEY   ATTRIBUTES",
                "claim               Claim             #F5C542  M1+1  actor:text, stance:choice(supportive|critical|neutral), confidence:number",
                "policy-measure      Policy measure    #5DA5DA  M1+2  actor:text, instrument:choice(export control|visa rule|standard|alliance|funding|other), target:text",
                "counter-strategy    Counter-strategy  #60BD68  M1+3  actor:text, domain:choice(technology|policy|ecosystem|talent|market), responds-to:text",
                "tech-control        技术管制          #4D9DE0        scope:choice(全球|地区), note:text",
                "  chips             芯片              #E15554",
                "old-code (retired)  Old code          #999999"),
                run("types", article.toString()).out().lines().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonNestsChildrenWithEveryKey() {
        Map<String, Object> json = (Map<String, Object>) Json.parse(run("types", article.toString(), "--json").out());
        assertEquals(List.of("codebook", "types"), List.copyOf(json.keySet()));
        List<Map<String, Object>> types = (List<Map<String, Object>>) json.get("types");
        assertEquals(List.of("claim", "policy-measure", "counter-strategy", "tech-control", "old-code"),
                types.stream().map(t -> t.get("id")).toList());
        Map<String, Object> claim = types.get(0);
        assertEquals(List.of("id", "name", "color", "shortcut", "description", "retired", "builtIn", "attributes",
                "children"), List.copyOf(claim.keySet()));
        assertEquals("M1+1", claim.get("shortcut"));
        assertEquals(true, claim.get("builtIn"));
        assertEquals(false, claim.get("retired"));
        Map<String, Object> control = types.get(3);
        assertEquals("技术管制", control.get("name"));
        assertEquals(false, control.get("builtIn"));
        assertEquals(List.of(Map.of("name", "scope", "kind", "choice", "choices", List.of("全球", "地区")),
                Map.of("name", "note", "kind", "text", "choices", List.of())), control.get("attributes"));
        List<Map<String, Object>> children = (List<Map<String, Object>>) control.get("children");
        assertEquals(List.of("chips"), children.stream().map(t -> t.get("id")).toList());
        assertEquals("芯片", children.get(0).get("name"));
        assertEquals(List.of(), children.get(0).get("children"));
        assertEquals(true, types.get(4).get("retired"));
    }
}
