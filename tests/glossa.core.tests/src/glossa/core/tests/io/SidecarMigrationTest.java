package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import glossa.core.codebook.Codebooks;
import glossa.core.io.SidecarException;
import glossa.core.io.SidecarMigration;
import glossa.core.io.SidecarMigrations;
import glossa.core.io.SidecarStore;
import glossa.model.AnnotationType;
import glossa.model.Document;

/** Older sidecars are lifted to the current format in memory, one step per version, and only when they need it. */
class SidecarMigrationTest {

    private static final Path FILE = Path.of("a.txt.glossa");
    private static final String ROOT = "<glossa:Document xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:glossa=\"http://glossa.dev/model/1\" formatVersion=\"0\">\n";

    private static Document load(String xml) throws SidecarException {
        return new SidecarStore().load(xml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    @Test
    void thereIsOneStepPerOlderVersionFromZero() {
        List<SidecarMigration> steps = SidecarMigrations.STEPS;
        assertEquals(SidecarStore.CURRENT_VERSION, steps.size());
        for (int v = 0; v < steps.size(); v++) {
            assertEquals(v, steps.get(v).fromVersion());
            assertTrue(!steps.get(v).description().isBlank());
        }
        assertEquals("adds the default codebook (claim, policy-measure, counter-strategy)",
                steps.get(0).description());
    }

    @Test
    void aVersionZeroFileGetsTheDefaultCodebookInEnglishWhateverTheMachine() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Document document = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT
                    + "  <annotations id=\"a-1\" type=\"#claim\" begin=\"0\" end=\"2\"/>\n</glossa:Document>\n");
            List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
            assertEquals(List.of("claim", "policy-measure", "counter-strategy"),
                    types.stream().map(AnnotationType::getId).toList());
            assertEquals("Claim", types.get(0).getName(), "the same names on every machine");
            assertEquals(types.get(0), document.getAnnotations().get(0).getType());
            assertEquals(SidecarStore.CURRENT_VERSION, document.getFormatVersion());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aHandMadeVersionZeroFileThatHasACodebookKeepsItsOwn() throws Exception {
        Document document = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT
                + "  <annotations id=\"a-1\" type=\"#mine\" begin=\"0\" end=\"2\"/>\n"
                + "  <codebook name=\"own\">\n    <types id=\"mine\" name=\"Mine\"/>\n  </codebook>\n"
                + "</glossa:Document>\n");
        assertEquals("own", document.getCodebook().getName());
        assertEquals(List.of("mine"), Codebooks.allTypes(document.getCodebook()).stream().map(AnnotationType::getId)
                .toList());
        assertEquals("mine", document.getAnnotations().get(0).getType().getId());
    }

    @Test
    void aCurrentFileIsNotMigrated() throws Exception {
        Document document = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + ROOT.replace("formatVersion=\"0\"", "formatVersion=\"1\"") + "</glossa:Document>\n");
        assertEquals(null, document.getCodebook(), "no default codebook is added to a current file");
    }

    @Test
    void anOldFileThatBreaksAfterItsRootCannotBeMigratedAndSaysSo() {
        SidecarException e = assertThrows(SidecarException.class, () -> load(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT + "  <annotations id=\"a-1\" <broken\n"));
        assertTrue(e.getMessage().startsWith(FILE + ":1:1: cannot migrate format version 0 to 1: "), e.getMessage());
        assertEquals(FILE, e.file());
    }
}
