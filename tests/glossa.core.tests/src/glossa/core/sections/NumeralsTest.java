package glossa.core.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The values headings are numbered with, Chinese and Roman, as a table: what is a numeral and what is not. A value
 * of -1 means "not a numeral", so the line is not a heading of that style.
 */
class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "一, 1", "二, 2", "九, 9", "两, 2", "〇, 0", "零, 0",
            "十, 10", "十一, 11", "十九, 19", "二十, 20", "二十三, 23", "九十九, 99",
            "百, 100", "一百, 100", "两百, 200", "一百零五, 105", "一百一十, 110", "三百二十一, 321",
            "零一, 1", // a leading zero digit may be followed by another digit ("一百零五" needs it)
            "一二, -1", "二三, -1", "五零, -1", // two digits in a row are not a numeral
            "十a, -1", "a, -1", "1, -1", "一、, -1", "千, -1" })
    void chineseNumerals(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral));
    }

    @org.junit.jupiter.api.Test
    void anEmptyChineseNumeralIsNone() {
        assertEquals(-1, ChineseNumerals.parse(""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "I, 1", "II, 2", "III, 3", "IV, 4", "V, 5", "VI, 6", "IX, 9", "X, 10", "XIV, 14", "XL, 40", "L, 50",
            "XC, 90", "C, 100", "CD, 400", "D, 500", "CM, 900", "M, 1000", "MCMXCIV, 1994", "MMM, 3000",
            // not well-formed: one value, one spelling
            "IIII, -1", "VV, -1", "IC, -1", "VX, -1", "IIV, -1", "XM, -1",
            // not Roman at all (lower case is read by the caller, which upper-cases "(iv)" first)
            "iv, -1", "A, -1", "I1, -1", "IVA, -1" })
    void romanNumerals(String numeral, int value) {
        assertEquals(value, RomanNumerals.parse(numeral));
    }

    @org.junit.jupiter.api.Test
    void anEmptyRomanNumeralIsNone() {
        assertEquals(-1, RomanNumerals.parse(""));
    }
}
