package glossa.core.sections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises one line as a candidate heading or numbered point; knows nothing about the lines around it. */
final class HeadingRecognizer {

    static final String MARKDOWN = "md";
    static final String CLOSING = "closing";
    static final String ENGLISH = "en:";
    static final String LETTER = "(a)";
    static final String ROMAN_SMALL = "(i)";
    static final String UPPER_LETTER = "(A)";

    // Ranks: smaller holds larger. Markdown uses 1..6; plain-text styles start at 10.
    private static final int RANK_CLOSING = 9;
    private static final int RANK_PART = 10; // 第一编, 第一部分, PART II, TITLE I
    private static final int RANK_CHAPTER = 11; // 第一章, CHAPTER 3
    private static final int RANK_SECTION = 12; // 第一节, Section 1., Sec. 1.
    private static final int RANK_ARTICLE = 13; // 第一条, Article 5: the lowest of the named divisions
    private static final int RANK_TOP = 14; // 一、 and I.
    private static final int RANK_PAREN_CHINESE = 15; // （一）
    private static final int RANK_NUMBER = 16; // 1. 1、 and, one deeper per component, 1.1 / 1.1.1
    private static final int RANK_PAREN_NUMBER = 26; // （1）
    private static final int RANK_CIRCLED = 27; // ①
    private static final int RANK_LETTER = 30; // (a)
    private static final int RANK_ROMAN_SMALL = 31; // (i)
    private static final int RANK_UPPER_LETTER = 32; // (A)

    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final String SPACE = "[\\s\\u00a0\\u3000]";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern BOLD_MARKS = Pattern.compile("\\*\\*|__|\\\\\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]*)\\]\\([^)\\s]*\\)");
    /** Stars and bullets that web editors put before a bold heading's number ("**★二、…**"). */
    private static final Pattern DECORATION = Pattern.compile("^[\\s★☆●■◆▲►▶✦✧◎]+");
    private static final Pattern CHINESE_CHAPTER = Pattern.compile("^(第(" + CN + "|\\d{1,3})([编篇章节]|部分?))" + SPACE
            + "*(.*)$");
    // An article needs a space after 条: "第三条规定的…" at the start of a line is running text.
    private static final Pattern CHINESE_ARTICLE = Pattern.compile("^(第(" + CN + "|\\d{1,4})条)" + SPACE + "+(.*)$");
    private static final Pattern CHINESE_ENUM = Pattern.compile("^(" + CN + ")、" + SPACE + "*(.*)$");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^([（(](" + CN + ")[）)])" + SPACE + "*(.*)$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?[ \\t　\\u00a0]+(\\S.*)$");
    // "1.5亿" is an amount, but "7、1895年…" is point 7: only a full stop may not be followed by a digit.
    private static final Pattern NUMBERED = Pattern.compile("^((\\d{1,3})(、|[.．](?!\\d)))[ \\t　\\u00a0]*(\\S.*)$");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^([（(](\\d{1,3})[）)])" + SPACE + "*(\\S.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])" + SPACE + "*(\\S.*)$");
    private static final Pattern PAREN_LETTER = Pattern.compile("^(\\(([a-z]{1,2}|[A-Z])\\))" + SPACE + "+(\\S.*)$");
    private static final Pattern PAREN_ROMAN = Pattern.compile("^(\\(([ivxl]{1,6})\\))" + SPACE + "+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^(([IVXLCDM]+)\\.)[ \\t]+(\\S.*)$");
    /** "Section 1.", "Sec. 2.", "SECTION 3", "Article 5", "Part II", "CHAPTER I", "TITLE IV", no-break spaces too. */
    private static final Pattern ENGLISH_DIVISION = Pattern.compile(
            "^(PART|Part|CHAPTER|Chapter|TITLE|SECTION|Section|SEC\\.|Sec\\.|ARTICLE|Article)" + SPACE
                    + "+([IVXLC]{1,7}|\\d{1,3}[A-Za-z]?)(\\.?)(.*)$");
    private static final Pattern DIVISION_REST = Pattern.compile("^" + SPACE + "*(?:[—–:-]" + SPACE + "*)?(.*)$");
    /** The end of an inline title: a full stop before two spaces, an opening parenthesis or the end of the line. */
    private static final Pattern TITLE_END = Pattern.compile("\\.(?=" + SPACE + "{2}|" + SPACE + "?\\(|" + SPACE + "*$)");
    private static final Pattern INLINE_FIRST = Pattern.compile("^" + SPACE + "*(\\(a\\))" + SPACE);
    private static final Pattern CLOSING_WORD = Pattern.compile(
            "^(结语|结论|结束语|总结|尾声|Conclusions?|Concluding remarks|Summary)(?:[\\s　]*[:：/—–-].*|[\\s　]*)$",
            Pattern.CASE_INSENSITIVE);

    /** "SUMMARY: The FAA proposes…": a capitalised label running into its text, as in a Federal Register notice. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^[A-Z]{4,}:" + SPACE + "*[A-Za-z]");

    private HeadingRecognizer() {
    }

    /** The candidate heading on {@code line} (without its line break), or null. */
    static Heading recognize(String line) {
        // "[**★**3、认识论](http://…)" and "9[、西方文明…](http://…)": a link's text is read, its target dropped.
        String s = strip(line.indexOf("](") < 0 ? line : LINK.matcher(line).replaceAll("$1"));
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = MARKDOWN_HEADING.matcher(s);
        if (m.matches() && indent(line) < 4) { // four spaces of indent make Markdown code, not a heading
            int level = m.group(1).length();
            String text = BOLD_MARKS.matcher(m.group(2)).replaceAll("").strip();
            // "## 一、总则", "## 第一章": the numbering scheme, not the number of #, gives the level.
            Heading named = recognizeNamed(text);
            if (named != null) {
                return named;
            }
            Heading inner = recognizeNumberInTitle(text);
            String number = inner == null ? "" : inner.number();
            String title = inner == null ? text : inner.title();
            return new Heading(MARKDOWN + level, level, number, new int[0], title, isClosing(title));
        }
        if (s.startsWith("**") || s.startsWith("__")) {
            // A bold paragraph ("**一、背景**", "**（一）…**", "**1.** Title") is a heading when it carries a number.
            String plain = DECORATION.matcher(BOLD_MARKS.matcher(s).replaceAll("")).replaceFirst("").strip();
            return plain.isEmpty() ? null : recognizePlain(plain);
        }
        return recognizePlain(s);
    }

    private static Heading recognizePlain(String s) {
        if (isClosing(s) && !FIELD_LABEL.matcher(s).find()) {
            return new Heading(CLOSING, RANK_CLOSING, "", new int[0], s, true);
        }
        Heading named = recognizeNamed(s);
        if (named != null) {
            return named;
        }
        Matcher m = CIRCLED.matcher(s);
        if (m.matches()) {
            return new Heading("①", RANK_CIRCLED, m.group(1), new int[] { m.group(1).charAt(0) - '\u2460' + 1 },
                    m.group(2).strip(), false);
        }
        m = PAREN_ROMAN.matcher(s);
        if (m.matches()) {
            int value = RomanNumerals.parse(m.group(2).toUpperCase(java.util.Locale.ROOT));
            if (value > 0) {
                return new Heading(ROMAN_SMALL, RANK_ROMAN_SMALL, m.group(1), new int[] { value }, m.group(3).strip(),
                        false);
            }
        }
        m = PAREN_LETTER.matcher(s);
        if (m.matches()) {
            String letters = m.group(2);
            boolean upper = Character.isUpperCase(letters.charAt(0));
            if (upper || letters.length() == 1 || letters.charAt(0) == letters.charAt(1)) {
                // (a) … (z), then (aa), (bb) as legal texts go on
                int value = Character.toLowerCase(letters.charAt(0)) - 'a' + 1 + 26 * (letters.length() - 1);
                return new Heading(upper ? UPPER_LETTER : LETTER, upper ? RANK_UPPER_LETTER : RANK_LETTER,
                        m.group(1), new int[] { value }, m.group(3).strip(), false);
            }
        }
        return recognizeNumberInTitle(s);
    }

    /** Numbering that names its kind or is Chinese: 第一章, 第三条, 一、, （一）, Section 1., Article 5. */
    private static Heading recognizeNamed(String s) {
        Matcher m = CHINESE_CHAPTER.matcher(s);
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
        m = CHINESE_ARTICLE.matcher(s);
        if (m.matches()) {
            int value = value(m.group(2));
            return value < 1 ? null
                    : new Heading("第条", RANK_ARTICLE, m.group(1), new int[] { value }, m.group(3).strip(), false);
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
        return recognizeEnglishDivision(s);
    }

    private static Heading recognizeEnglishDivision(String s) {
        Matcher m = ENGLISH_DIVISION.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String numeral = m.group(2);
        int value = Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral.replaceAll("\\D", ""))
                : RomanNumerals.parse(numeral);
        if (value < 1) {
            return null;
        }
        String rest = m.group(4);
        if (!rest.isEmpty() && m.group(3).isEmpty() && !Character.isSpaceChar(rest.charAt(0))
                && !Character.isWhitespace(rest.charAt(0)) && "—–:-".indexOf(rest.charAt(0)) < 0) {
            return null; // "Section 2a" is not "Section 2", "Article 5(1)" is a reference
        }
        Matcher r = DIVISION_REST.matcher(rest);
        r.matches();
        String title = r.group(1).strip();
        int inline = -1;
        if (!title.isEmpty()) {
            char first = title.charAt(0);
            if (Character.isLowerCase(first) || first == '(' && !title.startsWith("(a)")) {
                return null; // "Section 2 of the Act …", "Article 5(1) provides …": running text
            }
            Matcher end = TITLE_END.matcher(title);
            if (end.find()) {
                Matcher sub = INLINE_FIRST.matcher(title.substring(end.end()) + " ");
                if (sub.find()) {
                    int titleAt = s.length() - rest.length() + rest.indexOf(title);
                    inline = titleAt + end.end() + sub.start(1);
                }
                title = title.substring(0, end.start()).strip();
            }
        }
        String family = switch (word) {
            case "part", "title" -> "Part";
            case "chapter" -> "Chapter";
            case "article" -> "Article";
            default -> "Section";
        };
        int rank = switch (family) {
            case "Part" -> RANK_PART;
            case "Chapter" -> RANK_CHAPTER;
            case "Article" -> RANK_ARTICLE;
            default -> RANK_SECTION;
        };
        String number = s.substring(0, m.end(3) == m.start(3) ? m.end(2) : m.end(3));
        return new Heading(ENGLISH + family, rank, number, new int[] { value }, title, false, inline);
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

    /** The number of # when {@code line} is a Markdown heading, else 0. */
    static int markdownLevel(String line) {
        Matcher m = MARKDOWN_HEADING.matcher(strip(line));
        return m.matches() && indent(line) < 4 ? m.group(1).length() : 0;
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
