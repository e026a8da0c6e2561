package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fast reader shares to keep a large document small: one String per repeated short value, one Date for the
 * same date text twice in a row; and the format's names, which the tokeniser looks up without making Strings. (In
 * package glossa.core.io: internal.)
 */
class SidecarSharedValuesTest {

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 5, 63, 64 })
    void repeatedValuesUpToSixtyFourCharactersAreOneString(int length) {
        SidecarSharedValues shared = new SidecarSharedValues();
        String first = new String("x".repeat(length));
        String again = new String("x".repeat(length));
        assertSame(first, shared.shared(first));
        assertSame(first, shared.shared(again), "the first equal String seen");
        assertSame(first, shared.shared(new String(again)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 65, 66, 500 })
    void longerValuesAreLeftAlone(int length) {
        SidecarSharedValues shared = new SidecarSharedValues();
        String first = new String("y".repeat(length));
        String again = new String("y".repeat(length));
        assertSame(first, shared.shared(first));
        assertSame(again, shared.shared(again), "not shared: each value is its own");
    }

    @Test
    void differentValuesStayDifferent() {
        SidecarSharedValues shared = new SidecarSharedValues();
        assertEquals("alice", shared.shared("alice"));
        assertEquals("bob", shared.shared("bob"));
        assertEquals("陈静", shared.shared(new String("陈静")));
        assertEquals("alice", shared.shared(new String("alice")));
    }

    @Test
    void theSameDateTextTwiceInARowIsOneDate() {
        SidecarSharedValues shared = new SidecarSharedValues();
        String created = "2026-11-28T14:04:34.793+0000";
        Date first = shared.date(created);
        assertEquals(SidecarValues.date(created), first);
        assertSame(first, shared.date(new String(created)), "created and modified the same: one Date");
        Date other = shared.date("2026-11-28T14:05:00.000+0000");
        assertEquals(SidecarValues.date("2026-11-28T14:05:00.000+0000"), other);
        Date back = shared.date(created);
        assertEquals(first, back);
        assertNotSame(first, back, "only the last text is remembered");
        assertThrows(SidecarDecline.class, () -> shared.date("2026-13-28T14:04:34.793+0000"));
        assertSame(back, shared.date(created), "a declined text does not replace the last one");
    }

    @Test
    void everyNameOfTheFormatIsFoundAsTheSameString() {
        String[] names = { "activeFilter", "anchor", "anchorScore", "annotations", "attributes", "author", "authors",
                "begin", "builtIn", "byteOrderMark", "children", "choices", "codebook", "color", "confidence",
                "contentHash", "created", "description", "encoding", "end", "filters", "formatVersion", "hiddenTypes",
                "id", "kind", "level", "memo", "modified", "name", "number", "prefix", "quote", "recommender",
                "relations", "retired", "sections", "sectionsCorrected", "shortcut", "source", "sourcePath", "status",
                "statuses", "style", "suffix", "target", "text", "title", "type", "value", "xmi:version",
                "xmlns:glossa", "xmlns:xmi", "glossa:Document" };
        for (String name : names) {
            char[] chars = ("<<" + name + ">>").toCharArray();
            String found = SidecarNameTable.FORMAT.find(chars, 2, name.length(), name.hashCode());
            assertEquals(name, found);
            assertSame(found, SidecarNameTable.FORMAT.find(chars, 2, name.length(), name.hashCode()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "annotation", "annotationsX", "Id", "ID", "i", "x", "xmi:id", "glossa:document", "jE",
            "colour", "quotes", "typ" })
    void otherNamesAreNotFound(String name) {
        // "jE" has the hash of "id": equal hashes are not equal names.
        char[] chars = (" " + name + " ").toCharArray();
        assertNull(SidecarNameTable.FORMAT.find(chars, 1, name.length(), name.hashCode()), name);
    }

    @Test
    void aNameIsComparedWhereItStandsNotAtTheStart() {
        char[] chars = "id=\"1\" type=\"#claim\"".toCharArray();
        assertEquals("type", SidecarNameTable.FORMAT.find(chars, 7, 4, "type".hashCode()));
        assertNull(SidecarNameTable.FORMAT.find(chars, 0, 4, "type".hashCode()), "the characters there are id=\"");
    }
}
