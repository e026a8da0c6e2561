package glossa.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The section tree of a generated article: parts (level 1), the sample's chapters 一、… and 结语 (level 2) and its
 * numbered points (level 3). The benchmark knows the shape of the text it made, so it needs no general detector.
 */
final class SectionLayout {

    static final Pattern PART = Pattern.compile("第(\\d+)部分 · (.*)");
    static final Pattern CHAPTER = Pattern.compile("([一二三四五六七八九十]+)、(.*)");
    static final Pattern CLOSING = Pattern.compile("结语.*");
    static final Pattern POINT = Pattern.compile(" {2}(\\d+\\.) (.*)");

    private SectionLayout() {
    }

    /** A fresh section tree (new EMF objects on each call) for {@code text}. */
    static List<Section> sections(String text) {
        List<Section> roots = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Section heading = heading(text.substring(lineStart, lineEnd));
            if (heading != null) {
                heading.setBegin(lineStart);
                while (!open.isEmpty() && open.peek().getLevel() >= heading.getLevel()) {
                    open.pop().setEnd(lineStart);
                }
                (open.isEmpty() ? roots : open.peek().getChildren()).add(heading);
                open.push(heading);
            }
            lineStart = lineEnd + 1;
        }
        while (!open.isEmpty()) {
            open.pop().setEnd(text.length());
        }
        return roots;
    }

    private static Section heading(String line) {
        Matcher m;
        if ((m = PART.matcher(line)).matches()) {
            return section(1, m.group(1), m.group(2), SectionKind.BODY);
        }
        if ((m = CHAPTER.matcher(line)).matches()) {
            return section(2, m.group(1), m.group(2), SectionKind.BODY);
        }
        if (CLOSING.matcher(line).matches()) {
            return section(2, "", line, SectionKind.CLOSING);
        }
        if ((m = POINT.matcher(line)).matches()) {
            return section(3, m.group(1), m.group(2), SectionKind.BODY);
        }
        return null;
    }

    private static Section section(int level, String number, String title, SectionKind kind) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setLevel(level);
        section.setNumber(number);
        section.setTitle(title);
        section.setKind(kind);
        return section;
    }
}
