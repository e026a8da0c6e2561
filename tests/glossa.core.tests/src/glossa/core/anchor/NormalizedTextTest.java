package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void foldsFullWidthPunctuationQuotesAndWhitespace() {
        assertEquals(NormalizedText.fold("提案背景:中美(AI)\"竞争\""), NormalizedText.fold("提案背景：中美（AI）“竞争”"));
        assertEquals(NormalizedText.fold("a b\r\nc"), NormalizedText.fold("a  b\nc"));
        assertEquals("ab", NormalizedText.fold(" a\u3000b\t"));
    }

    @Test
    void mapsFoldedOffsetsBackToTheRealText() {
        String text = "一、 技术\r\n  封锁，";
        NormalizedText folded = NormalizedText.of(text);
        assertEquals("一、技术封锁,", new String(folded.chars()));
        int at = NormalizedText.fold(text).indexOf("术封");
        assertEquals(text.indexOf('术'), folded.realBegin(at));
        assertEquals(text.indexOf('封') + 1, folded.realEnd(at + 2));
        assertEquals(at, folded.foldedIndexAtOrAfter(text.indexOf('术')));
    }
}
