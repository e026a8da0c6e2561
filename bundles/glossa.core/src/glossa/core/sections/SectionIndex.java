package glossa.core.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import glossa.model.Document;
import glossa.model.Section;

/**
 * Answers "which section holds this offset?" in O(log n). Built once per section tree; rebuild it after the tree
 * changes. Sections are visited in document order (pre-order), parents before their children.
 */
public final class SectionIndex {

    private final List<Section> preorder;
    private final int[] begins;

    public SectionIndex(List<Section> roots) {
        List<Section> all = new ArrayList<>();
        collect(roots, all);
        all.sort((a, b) -> a.getBegin() != b.getBegin() ? Integer.compare(a.getBegin(), b.getBegin())
                : Integer.compare(depth(a), depth(b)));
        this.preorder = Collections.unmodifiableList(all);
        this.begins = all.stream().mapToInt(Section::getBegin).toArray();
    }

    public static SectionIndex of(Document document) {
        return new SectionIndex(document.getSections());
    }

    private static void collect(List<Section> sections, List<Section> into) {
        for (Section section : sections) {
            into.add(section);
            collect(section.getChildren(), into);
        }
    }

    private static int depth(Section section) {
        int depth = 0;
        for (Object o = section.eContainer(); o instanceof Section s; o = s.eContainer()) {
            depth++;
        }
        return depth;
    }

    /** All sections in document order, parents before children. */
    public List<Section> sections() {
        return preorder;
    }

    /** The deepest section whose range holds {@code offset}, or null when none does. */
    public Section deepestAt(int offset) {
        int i = Arrays.binarySearch(begins, offset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // Several sections may begin here (a parent and its first child): take the last, the deepest.
            while (i + 1 < begins.length && begins[i + 1] == offset) {
                i++;
            }
        }
        for (; i >= 0; i--) {
            Section candidate = preorder.get(i);
            if (candidate.getBegin() <= offset && offset < candidate.getEnd()) {
                return candidate;
            }
        }
        return null;
    }

    /** The top-level section that holds {@code offset}, or null. */
    public Section topLevelAt(int offset) {
        Section section = deepestAt(offset);
        while (section != null && section.eContainer() instanceof Section parent) {
            section = parent;
        }
        return section;
    }

    /**
     * The section an import names by its {@link #path} and its span: the first with both, else the first with that
     * path, else the first with that span; null when none. A null path or a negative {@code begin} names nothing.
     */
    public Section find(String path, int begin, int end) {
        Section byPath = null;
        Section bySpan = null;
        for (Section s : preorder) {
            boolean samePath = path != null && path.equals(path(s));
            boolean sameSpan = begin >= 0 && s.getBegin() == begin && s.getEnd() == end;
            if (samePath && sameSpan) {
                return s;
            }
            if (samePath && byPath == null) {
                byPath = s;
            }
            if (sameSpan && bySpan == null) {
                bySpan = s;
            }
        }
        return byPath != null ? byPath : bySpan;
    }

    /** A label such as "二" or "二 › 1." naming the section path of the given section. */
    public static String path(Section section) {
        List<String> parts = new ArrayList<>();
        for (Object o = section; o instanceof Section s; o = s.eContainer()) {
            parts.add(0, s.getNumber() == null || s.getNumber().isEmpty() ? s.getTitle() : s.getNumber());
        }
        return String.join(" › ", parts);
    }
}
