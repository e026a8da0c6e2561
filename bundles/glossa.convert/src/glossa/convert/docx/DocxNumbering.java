package glossa.convert.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic list numbers ({@code word/numbering.xml}), which are not in the paragraph text: "1.", "(a)",
 * "一、", "（一）", "①", or "•" for bullets. Counters run per list ({@code numId}); a level's counter restarts when a
 * level above it counts on. A list's {@code lvlOverride} (Word's "Restart at …") sets a level's start or replaces the
 * level; a level marked {@code isLgl} ("legal" numbering) shows the numbers of all levels as Arabic digits ("1.1.1"
 * under "一、").
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    /** A counter whose level has not been used since it was (re)started: lists may start at 0. */
    private static final int NOT_STARTED = Integer.MIN_VALUE;

    private record Level(String format, String text, int start, boolean legal) {
    }

    private final Map<String, Level[]> abstracts = new HashMap<>();
    /** The levels of each list: its abstract list's, with the list's overrides applied. */
    private final Map<String, Level[]> lists = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    DocxNumbering(Document xml) {
        if (xml == null) {
            return;
        }
        for (Element abstractNum : DocxXml.children(xml.getDocumentElement(), "abstractNum")) {
            Level[] levels = new Level[LEVELS];
            for (Element lvl : DocxXml.children(abstractNum, "lvl")) {
                level(lvl, levels, null);
            }
            abstracts.put(DocxXml.attr(abstractNum, "abstractNumId"), levels);
        }
        for (Element num : DocxXml.children(xml.getDocumentElement(), "num")) {
            Level[] base = abstracts.get(String.valueOf(DocxXml.val(num, "abstractNumId")));
            if (base == null) {
                continue;
            }
            Level[] levels = base.clone();
            for (Element override : DocxXml.children(num, "lvlOverride")) {
                Integer ilvl = DocxStyles.parse(DocxXml.attr(override, "ilvl"));
                if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
                    continue;
                }
                Element lvl = DocxXml.child(override, "lvl");
                if (lvl != null) {
                    level(lvl, levels, ilvl);
                }
                Integer start = DocxStyles.parse(String.valueOf(DocxXml.val(override, "startOverride")));
                if (start != null && levels[ilvl] != null) {
                    Level l = levels[ilvl];
                    levels[ilvl] = new Level(l.format(), l.text(), start, l.legal());
                }
            }
            lists.put(DocxXml.attr(num, "numId"), levels);
        }
    }

    /** Reads a {@code w:lvl} into {@code levels} (at {@code ilvl} when given, else at its own {@code w:ilvl}). */
    private static void level(Element lvl, Level[] levels, Integer at) {
        Integer ilvl = at != null ? at : DocxStyles.parse(DocxXml.attr(lvl, "ilvl"));
        Integer start = DocxStyles.parse(String.valueOf(DocxXml.val(lvl, "start")));
        if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
            Element isLgl = DocxXml.child(lvl, "isLgl");
            boolean legal = isLgl != null && !"0".equals(DocxXml.val(lvl, "isLgl"))
                    && !"false".equals(DocxXml.val(lvl, "isLgl"));
            levels[ilvl] = new Level(String.valueOf(DocxXml.val(lvl, "numFmt")),
                    String.valueOf(DocxXml.val(lvl, "lvlText")), start == null ? 1 : start, legal);
        }
    }

    /** The label of the next item of list {@code numId} at level {@code ilvl} ("" when there is none). */
    String next(String numId, int ilvl) {
        Level[] levels = lists.get(numId);
        if (levels == null || ilvl < 0 || ilvl >= LEVELS || levels[ilvl] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, NOT_STARTED);
            return fresh;
        });
        count[ilvl] = count[ilvl] == NOT_STARTED ? levels[ilvl].start() : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            count[deeper] = NOT_STARTED;
        }
        Level level = levels[ilvl];
        if (level.format().equals("bullet")) {
            return "•";
        }
        if (level.format().equals("none")) {
            return "";
        }
        String label = level.text();
        for (int i = 0; i <= ilvl; i++) {
            if (levels[i] != null) {
                int value = count[i] == NOT_STARTED ? levels[i].start() : count[i];
                label = label.replace("%" + (i + 1), format(level.legal() ? "decimal" : levels[i].format(), value));
            }
        }
        return label.strip();
    }

    static String format(String numFmt, int n) {
        return switch (numFmt) {
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                    "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(n).chars()
                    .mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
            default -> String.valueOf(n);
        };
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int v = n; v > 0; v = (v - 1) / 26) {
            s.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return s.toString();
    }

    private static String roman(int n) {
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        StringBuilder s = new StringBuilder();
        int v = Math.max(1, Math.min(n, 3999));
        for (int i = 0; i < values.length; i++) {
            for (; v >= values[i]; v -= values[i]) {
                s.append(symbols[i]);
            }
        }
        return s.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999). */
    static String chinese(int n) {
        if (n <= 0 || n > 999) {
            return String.valueOf(n);
        }
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) {
            s.append(CHINESE_DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(CHINESE_DIGITS.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(CHINESE_DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
