package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import glossa.exchange.export.internal.Utf8Writer;

/**
 * The bytes the exports' UTF-8 writer produces at the edges: the first code point of each UTF-8 length in every
 * escaping write, lone and split surrogates, a buffer that is full or nearly full when a write starts, the CharSequence
 * kinds {@code append} copies, and what {@code close} does. The JDK's UTF-8 {@link OutputStreamWriter} is the
 * reference for plain text (it also writes a lone surrogate as '?').
 */
class Utf8WriterRulesTest {

    /** A stream that remembers whether and how often it was closed. */
    private static final class Sink extends ByteArrayOutputStream {
        int closes;

        @Override
        public void close() {
            closes++;
        }
    }

    private static byte[] jdk(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X ", b & 0xFF));
        }
        return sb.toString().trim();
    }

    @Test
    void xmlEncodesTheFirstCodePointOfEachUtf8LengthAndReplacesLoneSurrogates() throws IOException {
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 64);
        w.writeXml("\u007F|\u0080|\u07FF|\u0800|\uD7FF|\uE000|\uFFFD|\uD800\uDC00|\uDBFF\uDFFF|\uD800|\uDFFF|x\uD83D", false);
        w.finish();
        assertEquals(hex(utf8("\u007F|\u0080|\u07FF|\u0800|\uD7FF|\uE000|\uFFFD|\uD800\uDC00|\uDBFF\uDFFF|?|?|x?")),
                hex(out.toByteArray()), "a lone surrogate, high or low, and one at the very end, are '?'");
    }

    @Test
    void htmlEncodesTheFirstCodePointOfEachUtf8Length() throws IOException {
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 64);
        w.writeHtml("\u007F|\u0080|\u07FF|\u0800|\uFFFF|\uD800\uDC00");
        w.finish();
        assertEquals(hex(utf8("\uFFFD|\u0080|\u07FF|\u0800|\uFFFF|\uD800\uDC00")), hex(out.toByteArray()),
                "DEL is replaced in HTML, U+0080 on is encoded");
    }

    @Test
    void aHighSurrogateLeftByAWriteBecomesAQuestionMarkBeforeEscapedXml() throws IOException {
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 64);
        w.write("a\uD83D");
        w.writeXml("<b>", false);
        w.write("\uDE00"); // a low half after XML: not joined to the high half before it
        w.finish();
        assertEquals("a?&lt;b&gt;?", out.toString(StandardCharsets.UTF_8));
    }

    /** Every fill of a 16-byte buffer before an XML write starts, so that the write starts on a nearly full buffer. */
    @Test
    void xmlWrittenIntoANearlyFullBufferIsComplete() throws IOException {
        String text = "a<é主\uD83D\uDE00\"&\n\t\r\u0001";
        String expected = "a&lt;é主\uD83D\uDE00&quot;&amp;&#10;&#9;&#13;\uFFFD";
        for (int size = 16; size <= 40; size++) {
            for (int fill = 0; fill <= size; fill++) {
                Sink out = new Sink();
                Utf8Writer w = new Utf8Writer(out, size);
                String before = "x".repeat(fill);
                w.writeBytes(Utf8Writer.utf8(before));
                w.writeXml(text, true);
                w.writeXml(text, true);
                w.finish();
                assertEquals(before + expected + expected, out.toString(StandardCharsets.UTF_8),
                        "buffer " + size + ", " + fill + " bytes in it");
            }
        }
    }

    @Test
    void charsWrittenOneByOneIntoASmallBufferAreTheJdksBytes() throws IOException {
        String text = "\uD83D\uDE00主\uD800é主\uDC00主主\uD83D主a\uD83D\uDE00\uD83D\uDE00主";
        for (int size = 16; size <= 24; size++) {
            for (int lead = 0; lead < 8; lead++) {
                String s = "a".repeat(lead) + text.repeat(3);
                Sink out = new Sink();
                Utf8Writer w = new Utf8Writer(out, size);
                for (int i = 0; i < s.length(); i++) {
                    w.write(s.charAt(i));
                }
                w.finish();
                assertEquals(hex(jdk(s)), hex(out.toByteArray()), "buffer " + size + ", lead " + lead);
            }
        }
    }

    @Test
    void charsWrittenOneByOneAfterMarkupThatNearlyFillsTheBufferAreComplete() throws IOException {
        String text = "\uD83D\uDE00主é\uD83D\uDE00a";
        for (int size = 16; size <= 24; size++) {
            for (int fill = 0; fill <= size; fill++) {
                Sink out = new Sink();
                Utf8Writer w = new Utf8Writer(out, size);
                String before = "x".repeat(fill);
                w.writeBytes(Utf8Writer.utf8(before));
                for (int i = 0; i < text.length(); i++) {
                    w.write(text.charAt(i));
                }
                w.finish();
                assertEquals(before + text, out.toString(StandardCharsets.UTF_8), "buffer " + size + ", " + fill + " bytes in it");
            }
        }
    }

    /** A CharSequence that is neither a String nor a StringBuilder. */
    private record Chars(String s) implements CharSequence {
        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Chars(s.substring(start, end));
        }

        @Override
        public String toString() {
            return s;
        }
    }

    @Test
    void appendCopiesEveryKindOfCharSequenceAndItsRange() throws IOException {
        StringBuilder long1 = new StringBuilder();
        for (int i = 0; long1.length() < 10_000; i++) {
            long1.append(i % 7 == 0 ? "主" : i % 11 == 0 ? "\uD83D\uDE00" : Integer.toString(i));
        }
        String s = long1.toString();
        for (CharSequence cs : new CharSequence[] { s, new StringBuilder(s), new StringBuffer(s), new Chars(s) }) {
            Sink out = new Sink();
            Utf8Writer w = new Utf8Writer(out, 100);
            assertSame(w, w.append(cs));
            assertSame(w, w.append(cs, 3, 9001));
            assertSame(w, w.append(cs, 5000, 5000));
            w.finish();
            assertEquals(s + s.substring(3, 9001), out.toString(StandardCharsets.UTF_8), cs.getClass().getName());
        }
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 100);
        assertSame(w, w.append(null));
        assertSame(w, w.append(null, 1, 3));
        w.finish();
        assertEquals("nullul", out.toString(StandardCharsets.UTF_8), "null is written as Writer.append writes it");
    }

    @Test
    void closeFinishesTheTextAndClosesTheStreamOnce() throws IOException {
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 64);
        w.write("主\uD83D");
        w.close();
        assertEquals("主?", out.toString(StandardCharsets.UTF_8), "the pending high surrogate, then all is written out");
        assertEquals(1, out.closes);
        w.close();
        assertEquals(1, out.closes, "a second close does nothing");
        assertEquals("主?", out.toString(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> {
            w.write("x".repeat(100));
        }, "writing after close fails");
    }

    @Test
    void finishWritesEverythingButLeavesTheStreamOpen() throws IOException {
        Sink out = new Sink();
        Utf8Writer w = new Utf8Writer(out, 64);
        w.write("a\uD83D");
        w.finish();
        assertEquals("a?", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, out.closes);
        w.write("b");
        w.flush();
        assertEquals("a?b", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void markupLongerThanTheBufferIsWrittenWhole() throws IOException {
        for (int length = 14; length <= 20; length++) {
            Sink out = new Sink();
            Utf8Writer w = new Utf8Writer(out, 16);
            w.write("ab");
            byte[] markup = Utf8Writer.utf8("<" + "m".repeat(length - 2) + ">");
            w.writeBytes(markup);
            w.write("cd");
            w.finish();
            assertEquals("ab" + new String(markup, StandardCharsets.UTF_8) + "cd", out.toString(StandardCharsets.UTF_8));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theHelperAgreesWithTheJdk() throws IOException {
        assertArrayEquals(jdk("a\uD800b"), utf8("a?b"), "the JDK writes a lone surrogate as '?' too");
    }
}
