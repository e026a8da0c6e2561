package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.refiqda.Guids;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;

/**
 * Which GUIDs a REFI-QDA file may use, as the reader checks them while it reads: 8-4-4-4-12 hex digits in either
 * case, optionally in braces, surrounded by white space or not; the same rule as {@link Guids#isGuid}. And two
 * spellings of one GUID are the same GUID, so the second is refused as used twice, naming the first's line.
 */
class QdeGuidRulesTest {

    private static byte[] codebook(String... guids) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (int i = 0; i < guids.length; i++) {
            xml.append("\n<Code guid=\"").append(guids[i]).append("\" name=\"c").append(i)
                    .append("\" isCodable=\"true\"/>");
        }
        return xml.append("\n</Codes></CodeBook>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is a GUID: {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|true",
        "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D|true",
        "{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}|true",
        " 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d |true",
        "00000000-0000-0000-0000-000000000000|true",
        "ffffffff-ffff-ffff-ffff-ffffffffffff|true",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d0|false",
        "0a1b2c3d04e5f-4a6b-8c7d-9e0f1a2b3c4d|false",
        "0a1b2c3d-4e5f04a6b-8c7d-9e0f1a2b3c4d|false",
        "0a1b2c3d-4e5f-4a6b08c7d-9e0f1a2b3c4d|false",
        "0a1b2c3d-4e5f-4a6b-8c7d09e0f1a2b3c4d|false",
        "0a1b2c3-d4e5f-4a6b-8c7d-9e0f1a2b3c4d|false",
        "ga1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4g|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4:|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4@|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4`|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4/|false",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4G|false",
        "０a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|false",
        "{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|true",
        "{{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}|false",
        "{}|false",
        "{|false",
        "}|false",
        "x|false",
    })
    void aGuidIsReadWhereIsGuidSaysSo(String guid, boolean expected) throws Exception {
        assertEquals(expected, Guids.isGuid(guid.strip()), "Guids.isGuid");
        byte[] xml = codebook(guid);
        if (expected) {
            List<QdeProject.Code> codes = QdeReader.readCodebook(xml, "c.qdc");
            assertEquals(1, codes.size());
            assertEquals(guid.strip(), codes.get(0).guid);
        } else {
            ImportFormatException e = assertThrows(ImportFormatException.class,
                    () -> QdeReader.readCodebook(xml, "c.qdc"));
            assertTrue(e.getMessage().contains("<Code>") && e.getMessage().contains("is not a GUID"), e.getMessage());
            assertEquals(3, e.line(), e.getMessage());
        }
    }

    @ParameterizedTest(name = "[{index}] {0} then {1}")
    @CsvSource(delimiter = '|', value = {
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}",
        "{FFFFFFFF-0000-4000-8000-000000000001}|ffffffff-0000-4000-8000-000000000001",
    })
    void twoSpellingsOfOneGuidAreUsedTwice(String first, String second) {
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> QdeReader.readCodebook(codebook(first, "11111111-2222-4333-8444-555555555555", second),
                        "c.qdc"));
        assertTrue(e.getMessage().contains("is used twice (first by <Code> at line 3)"), e.getMessage());
        assertEquals(5, e.line(), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0} and {1} differ")
    @CsvSource(delimiter = '|', value = {
        // one digit apart, in the first half and in the second
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|0a1b2c3d-4e5f-4a6b-9c7d-9e0f1a2b3c4d",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d|0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e",
        // the halves swapped
        "00000000-0000-0000-1111-111111111111|11111111-1111-1111-0000-000000000000",
    })
    void guidsThatDifferAreAllRead(String a, String b) throws Exception {
        assertEquals(2, QdeReader.readCodebook(codebook(a, b), "c.qdc").size());
    }
}
