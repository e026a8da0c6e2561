package glossa.core.sections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises one line as a candidate heading or numbered point; knows nothing about the lines around it. */
final class HeadingRecognizer {

    static final String MARKDOWN = "md";
    static final String CLOSING = "closing";

    // Ranks: smaller holds larger. Markdown uses 1..6; plain-text styles start at 10.
    private static final int RANK_CLOSING = 9;
    private static final int RANK_PART = 10;
    private static final int RANK_CHAPTER = 11;
    private static final int RANK_SECTION = 12;
    private static final int RANK_TOP = 13; // 一、 and I.
    private static final int RANK_PAREN_CHINESE = 14; // （一）
    private static final int RANK_NUMBER = 15; // 1. 1、 and, one deeper per component, 1.1 / 1.1.1
    private static final int RANK_PAREN_NUMBER = 25; // （1）

    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern CHINESE_CHAPTER = Pattern.compile("^(第(" + CN + "|\\d{1,3})([编篇部章节]))[\\s　]*(.*)$");
    private static final Pattern CHINESE_ENUM = Pattern.compile("^(" + CN + ")、[\\s　]*(.*)$");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^([（(](" + CN + ")[）)])[\\s　]*(.*)$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?[ \\t　]+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^((\\d{1,3})([.．、]))(?!\\d)[ \\t　]*(\\S.*)$");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^([（(](\\d{1,3})[）)])[\\s　]*(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^(([IVXLCDM]+)\\.)[ \\t]+(\\S.*)$");
    private static final Pattern CLOSING_WORD = Pattern.compile(
            "^(结语|结论|结束语|总结|尾声|Conclusions?|Concluding remarks|Summary)(?:[\\s　]*[:：/—–-].*|[\\s　]*)$",
            Pattern.CASE_INSENSITIVE);

    private HeadingRecognizer() {
    }

    /** The candidate heading on {@code line} (without its line break), or null. */
    static Heading recognize(String line) {
        String s = strip(line);
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = MARKDOWN_HEADING.matcher(s);
        if (m.matches() && indent(line) < 4) { // four spaces of indent make Markdown code, not a heading
            int level = m.group(1).length();
            Heading inner = recognizeNumberInTitle(m.group(2).strip());
            String number = inner == null ? "" : inner.number();
            String title = inner == null ? m.group(2).strip() : inner.title();
            return new Heading(MARKDOWN + level, level, number, new int[0], title, isClosing(title));
        }
        if (isClosing(s)) {
            return new Heading(CLOSING, RANK_CLOSING, "", new int[0], s, true);
        }
        m = CHINESE_CHAPTER.matcher(s);
        if (m.matches()) {
            int value = value(m.group(2));
            int rank = switch (m.group(3)) {
                case "章" -> RANK_CHAPTER;
                case "节" -> RANK_SECTION;
                default -> RANK_PART;
            };
            return value < 0 ? null
                    : new Heading("第" + m.group(3), rank, m.group(1), new int[] { value }, m.group(4).strip(), false);
        }
        m = CHINESE_ENUM.matcher(s);
        if (m.matches()) {
            int value = ChineseNumerals.parse(m.group(1));
            return value < 1 ? null : new Heading("一、", RANK_TOP, m.group(1), new int[] { value }, m.group(2).strip(),
                    false);
        }
        m = CHINESE_PAREN.matcher(s);
        if (m.matches()) {
            int value = ChineseNumerals.parse(m.group(2));
            return value < 1 ? null : new Heading("（一）", RANK_PAREN_CHINESE, m.group(1), new int[] { value },
                    m.group(3).strip(), false);
        }
        Heading numbered = recognizeNumberInTitle(s);
        if (numbered != null) {
            return numbered;
        }
        return null;
    }

    /** Arabic, dotted and Roman numbers: shared by plain lines and Markdown titles ("## 2. Measures"). */
    private static Heading recognizeNumberInTitle(String s) {
        Matcher m = DOTTED.matcher(s);
        if (m.matches()) {
            String[] parts = m.group(1).split("\\.");
            int[] ordinals = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                ordinals[i] = Integer.parseInt(parts[i]);
            }
            return new Heading("1.1" + ".1".repeat(parts.length - 2), RANK_NUMBER + parts.length - 1, m.group(1),
                    ordinals, m.group(2).strip(), isClosing(m.group(2).strip()));
        }
        m = NUMBERED.matcher(s);
        if (m.matches()) {
            String family = m.group(3).equals("、") ? "1、" : "1.";
            return new Heading(family, RANK_NUMBER, m.group(1), new int[] { Integer.parseInt(m.group(2)) },
                    m.group(4).strip(), isClosing(m.group(4).strip()));
        }
        m = PAREN_NUMBER.matcher(s);
        if (m.matches()) {
            return new Heading("（1）", RANK_PAREN_NUMBER, m.group(1), new int[] { Integer.parseInt(m.group(2)) },
                    m.group(3).strip(), false);
        }
        m = ROMAN.matcher(s);
        if (m.matches()) {
            int value = RomanNumerals.parse(m.group(2));
            char first = m.group(3).charAt(0);
            // "I. think" is prose; a Roman heading's title starts with a capital, a digit or a non-Latin letter.
            if (value > 0 && (Character.isUpperCase(first) || Character.isDigit(first) || first > 0x2E7F)) {
                return new Heading("I.", RANK_TOP, m.group(1), new int[] { value }, m.group(3).strip(),
                        isClosing(m.group(3).strip()));
            }
        }
        return null;
    }

    static boolean isClosing(String title) {
        return CLOSING_WORD.matcher(title).matches();
    }

    private static int value(String numeral) {
        return Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : ChineseNumerals.parse(numeral);
    }

    /** The line without leading and trailing whitespace, ideographic space included. */
    static String strip(String line) {
        int b = 0;
        int e = line.length();
        while (b < e && isSpace(line.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(line.charAt(e - 1))) {
            e--;
        }
        return line.substring(b, e);
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
