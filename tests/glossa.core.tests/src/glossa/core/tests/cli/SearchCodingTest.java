package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.exchange.FormatRegistry;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/**
 * {@code search --code} with the types of the case codebook (a type only the case has is codable in an article that
 * never saw it), the types it offers when the type is unknown, and no warning on stderr when no hit went stale.
 */
class SearchCodingTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void caseWithATypeOfItsOwn() throws Exception {
        root = Files.createDirectories(dir.resolve("case"));
        Files.writeString(root.resolve("a.txt"), "Export controls were tightened.\nNothing else happened.\n");
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType zebra = GlossaFactory.eINSTANCE.createAnnotationType();
        zebra.setId("zebra-note");
        zebra.setName("Zebra note");
        zebra.setColor("#4D9DE0");
        codebook.getTypes().add(zebra);
        Path file = dir.resolve("codes.xmi");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormatRegistry.instance().codebookFormat("glossa").write(codebook, out);
        }
        CliRun.of("codebook", "import", root.toString(), file.toString(), "--format", "glossa").ok();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTypeOfTheCaseCodebookCodesTheHits() {
        CliRun run = CliRun.of("search", root.toString(), "Export controls", "--code", "zebra-note", "--json").ok();
        assertEquals(1L, ((Map<String, Object>) Json.parse(run.out())).get("coded"));
        assertEquals("", run.err(), "no hit went stale: nothing to warn about");
        List<Map<String, Object>> annotations = (List<Map<String, Object>>) ((Map<String, Object>) Json
                .parse(CliRun.of("list", root.resolve("a.txt").toString(), "--json").ok().out())).get("annotations");
        assertEquals(List.of("zebra-note"), annotations.stream().map(a -> a.get("type")).toList());
        assertEquals(List.of("Export controls"), annotations.stream().map(a -> a.get("quote")).toList());
    }

    @Test
    void anUnknownTypeIsRefusedWithTheTypesThereAre() {
        CliRun run = CliRun.of("search", root.toString(), "Export controls", "--code", "no-such-type");
        assertEquals(GlossaCli.BAD_INPUT, run.code());
        assertTrue(run.err().startsWith("glossa: unknown type 'no-such-type' in a.txt (types: claim, policy-measure, "
                + "counter-strategy, "), run.err());
        assertTrue(run.err().strip().endsWith(", zebra-note)"), run.err());
    }
}
