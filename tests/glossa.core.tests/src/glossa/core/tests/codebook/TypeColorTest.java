package glossa.core.tests.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import glossa.core.codebook.TypeColor;

/** A type's colour is drawn as stored only when it is exactly #RRGGBB; everything else is the grey fallback. */
class TypeColorTest {

    /** colour, valid?, the RGB drawn */
    private static final Object[][] CASES = {
            { "#F5C542", true, 0xF5C542 },
            { "#5da5da", true, 0x5DA5DA },
            { "#000000", true, 0x000000 },
            { "#FFFFFF", true, 0xFFFFFF },
            { null, false, 0x9E9E9E },
            { "", false, 0x9E9E9E },
            { "#FFF", false, 0x9E9E9E },
            { "#F5C5421", false, 0x9E9E9E },
            { "F5C542", false, 0x9E9E9E },
            { "#F5C54G", false, 0x9E9E9E },
            { "red", false, 0x9E9E9E },
            { " #F5C542", false, 0x9E9E9E },
    };

    @Test
    void onlySixHexDigitsAfterAHashAreDrawnAsStored() {
        for (Object[] c : CASES) {
            String color = (String) c[0];
            assertEquals(c[1], TypeColor.isValid(color), Arrays.toString(c));
            assertEquals((int) c[2], TypeColor.rgb(color), Arrays.toString(c));
        }
        assertEquals(0x9E9E9E, Integer.parseInt(TypeColor.FALLBACK.substring(1), 16));
    }
}
