package glossa.core.sections;

/** Values of upper-case Roman numerals I … MMM, as used in English headings ("IV. Findings"). */
final class RomanNumerals {

    private RomanNumerals() {
    }

    /** The value, or -1 when {@code s} is not a well-formed Roman numeral. */
    static int parse(String s) {
        int total = 0;
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            int value = value(s.charAt(i));
            if (value < 0) {
                return -1;
            }
            total += value;
            if (value > previous) {
                total -= 2 * previous;
            }
            previous = value;
        }
        return total > 0 && toRoman(total).equals(s) ? total : -1;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> -1;
        };
    }

    private static String toRoman(int n) {
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
