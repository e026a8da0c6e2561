package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.annotations.Spans;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;

class SpansTest {

    @Test
    void trimsAsciiAndIdeographicWhitespace() {
        String text = "前言\u3000 技术出口管制 \n后记";
        int begin = text.indexOf('\u3000');
        int end = text.indexOf('\n') + 1;
        assertArrayEquals(new int[] { text.indexOf('技'), text.indexOf('制') + 1 }, Spans.normalize(text, begin, end));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00cd"; // an emoji outside the BMP at 2..4
        assertArrayEquals(new int[] { 2, 4 }, Spans.normalize(text, 3, 4));
        assertArrayEquals(new int[] { 2, 4 }, Spans.normalize(text, 2, 3));
    }

    @Test
    void rejectsSpansOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> Spans.normalize("abc", 2, 5));
        assertThrows(IllegalArgumentException.class, () -> Spans.normalize("abc", 2, 1));
    }

    @Test
    void annotationKeepsQuoteAndThirtyTwoCharactersOfContext() {
        String text = "x".repeat(40) + "技术出口管制" + "y".repeat(40);
        Annotation a = AnnotationFactory.create(text, DefaultCodebook.create().getTypes().get(0), 40, 46, "tester");
        assertEquals("技术出口管制", a.getQuote());
        assertEquals("x".repeat(32), a.getPrefix());
        assertEquals("y".repeat(32), a.getSuffix());
        assertEquals(40, a.getBegin());
        assertEquals(46, a.getEnd());
    }

    @Test
    void blankSpanIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AnnotationFactory.create("a   b", DefaultCodebook.create().getTypes().get(0), 1, 4, "t"));
    }
}
