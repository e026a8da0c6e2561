package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import glossa.core.text.ArticleText;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;
import glossa.core.text.TextEncoder;

class TextDecoderTest {

    private static final String CHINESE = "一、提案背景:中美AI竞争的“技术卡位战”\r\n  1. 技术代差缩小引发的焦虑\n表情😀结束\n";

    @Test
    void plainUtf8() throws Exception {
        ArticleText t = TextDecoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(CHINESE, t.text());
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertFalse(t.byteOrderMark());
    }

    @Test
    void byteOrderMarksAreRecognisedStrippedAndWrittenBack() throws Exception {
        for (Charset charset : new Charset[] { StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE }) {
            byte[] bytes = TextEncoder.encode(new ArticleText(CHINESE, charset, true));
            ArticleText t = TextDecoder.decode(bytes, "a.txt");
            assertEquals(CHINESE, t.text(), charset.name());
            assertEquals(charset, t.charset());
            assertTrue(t.byteOrderMark());
            assertArrayEquals(bytes, TextEncoder.encode(t), "byte-identical round trip in " + charset);
        }
    }

    @Test
    void bomLessUtf16IsDetectedFromItsNulPattern() throws Exception {
        String english = "I. Background\nThe measure targets exports of chips.\n";
        for (Charset charset : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
            ArticleText t = TextDecoder.decode(english.getBytes(charset), "a.txt");
            assertEquals(english, t.text());
            assertEquals(charset, t.charset());
            assertFalse(t.byteOrderMark());
        }
    }

    @Test
    void bomLessChineseUtf16IsDetectedFromItsCodeUnits() throws Exception {
        String text = "近日，全球人工智能领域掀起一场技术博弈风暴。中美AI竞争的激烈程度。";
        ArticleText t = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "a.txt");
        assertEquals(text, t.text());
        assertEquals(StandardCharsets.UTF_16LE, t.charset());
    }

    @Test
    void gb18030IsDetectedAndKept() throws Exception {
        String text = "一、提案背景：中美人工智能竞争的“技术卡位战”\n近日，全球人工智能领域掀起一场技术博弈风暴，"
                + "美国政府提交了一份长达十五页的紧急提案，矛头直指中国企业，试图通过技术出口管制、人才流动限制等手段遏制发展。\n";
        byte[] bytes = text.getBytes(TextDecoder.GB18030);
        ArticleText t = TextDecoder.decode(bytes, "gb.txt");
        assertEquals(text, t.text());
        assertEquals(TextDecoder.GB18030, t.charset());
        assertArrayEquals(bytes, TextEncoder.encode(t));
    }

    @Test
    void gbkDetectionIsReadAsGb18030() throws Exception {
        String text = "面对技术封锁，中国人工智能产业需从三个层面构建韧性：技术层面强化自主创新，政策层面推动国际合作。";
        ArticleText t = TextDecoder.decode(text.getBytes(Charset.forName("GBK")), "gbk.txt");
        assertEquals(text, t.text());
        assertEquals(TextDecoder.GB18030, t.charset());
    }

    @Test
    void invalidUtf8NamesLineAndColumnOfTheFirstBadByte() {
        byte[] good = "第一行\n第二行 ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 4];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE4; // a three-byte lead …
        bytes[good.length + 1] = (byte) 0x41; // … cut short by 'A'
        bytes[good.length + 2] = 'x';
        bytes[good.length + 3] = '\n';
        TextDecodingException e = assertThrows(TextDecodingException.class,
                () -> TextDecoder.decode(bytes, "broken.txt"));
        assertEquals(2, e.line());
        assertEquals(7, e.column()); // "第二行 ab" is six characters; the bad byte is the seventh
        assertTrue(e.getMessage().startsWith("broken.txt:2:7: "), e.getMessage());
        assertTrue(e.getMessage().contains("0xE4"), e.getMessage());
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1 };
        TextDecodingException e = assertThrows(TextDecodingException.class, () -> TextDecoder.decode(png, "x.png"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void crlfIsKeptSoOffsetsMatchTheFile() throws Exception {
        ArticleText t = TextDecoder.decode("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8), "crlf.txt");
        assertEquals("a\r\nb\r\n", t.text());
        assertEquals(3, t.text().indexOf('b'));
    }

    @Test
    void emptyFileIsEmptyUtf8Text() throws Exception {
        ArticleText t = TextDecoder.decode(new byte[0], "empty.txt");
        assertEquals("", t.text());
        assertEquals(StandardCharsets.UTF_8, t.charset());
    }

    @Test
    void hintKeepsAnAsciiOnlyGb18030ArticleInGb18030() throws Exception {
        ArticleText t = TextDecoder.decode("plain ascii\n".getBytes(StandardCharsets.US_ASCII), "a.txt",
                TextDecoder.GB18030);
        assertEquals(TextDecoder.GB18030, t.charset());
        ArticleText utf8 = TextDecoder.decode("中文".getBytes(StandardCharsets.UTF_8), "a.txt", TextDecoder.GB18030);
        assertEquals(StandardCharsets.UTF_8, utf8.charset(), "valid UTF-8 with non-ASCII wins over a hint");
    }

    @Test
    void decodesTheSharedSample() throws Exception {
        ArticleText t = TextDecoder.decode(TestFiles.sample());
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals(new String(Files.readAllBytes(TestFiles.sample()), StandardCharsets.UTF_8), t.text());
    }
}
