package glossa.core.sections;

/** Values of Chinese numerals as used in headings: 一 … 十, 十一, 二十三, 一百零五; also 〇/零 and 两. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when {@code s} is not a Chinese numeral below 1000. */
    static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0 && digit != 0) {
                    return -1; // two digits in a row ("一二") are not a numeral
                }
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
