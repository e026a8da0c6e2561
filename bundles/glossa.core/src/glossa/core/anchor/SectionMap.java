package glossa.core.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import glossa.core.sections.SectionIndex;
import glossa.model.Section;

/**
 * Where the document's (old) sections went in the new text. Each section is found again by its title, so that an
 * annotation keeps preferring places inside "its" section even when whole sections were reordered, and so that its
 * expected new position follows the section it was in.
 */
final class SectionMap {

    private static final int MIN_TITLE_LENGTH = 2;

    private final SectionIndex oldIndex;
    private final Map<Section, int[]> newRange = new HashMap<>();

    SectionMap(List<Section> oldRoots, NormalizedText text, QGramIndex index, int newLength, double scale) {
        this.oldIndex = new SectionIndex(oldRoots);
        List<Section> mapped = new ArrayList<>();
        Map<Section, Integer> begins = new HashMap<>();
        for (Section section : oldIndex.sections()) {
            String title = section.getTitle() == null ? "" : NormalizedText.fold(section.getTitle());
            if (title.length() < MIN_TITLE_LENGTH) {
                continue;
            }
            int[] found = index.occurrences(title, 64);
            if (found.length == 0 && title.length() >= 2 * QGramIndex.Q) {
                // An edited title: either half may have survived.
                int half = title.length() / 2;
                found = index.occurrences(title.substring(0, half), 64);
                if (found.length == 0) {
                    int[] tail = index.occurrences(title.substring(half), 64);
                    found = new int[tail.length];
                    for (int i = 0; i < tail.length; i++) {
                        found[i] = Math.max(0, tail[i] - half);
                    }
                }
            }
            if (found.length == 0) {
                continue;
            }
            double expected = section.getBegin() * scale;
            int best = found[0];
            for (int f : found) {
                if (Math.abs(text.realBegin(f) - expected) < Math.abs(text.realBegin(best) - expected)) {
                    best = f;
                }
            }
            int labelLength = section.getNumber() == null ? 0 : section.getNumber().length() + 1;
            begins.put(section, Math.max(0, text.realBegin(best) - labelLength));
            mapped.add(section);
        }
        for (Section section : mapped) {
            int begin = begins.get(section);
            int end = newLength;
            for (Section other : mapped) {
                int otherBegin = begins.get(other);
                if (other != section && otherBegin > begin && otherBegin < end && other.getLevel() <= section.getLevel()) {
                    end = otherBegin;
                }
            }
            newRange.put(section, new int[] { begin, end });
        }
    }

    /** The deepest old section that held {@code oldOffset}, or null. */
    Section sectionAt(int oldOffset) {
        return oldIndex.deepestAt(oldOffset);
    }

    /** The new {begin, end} of a section, or null when its title was not found. */
    int[] newRangeOf(Section section) {
        return section == null ? null : newRange.get(section);
    }

    /** How far the section moved (new begin − old begin), or null when not found. */
    Integer shiftOf(Section section) {
        int[] range = newRangeOf(section);
        return range == null ? null : range[0] - section.getBegin();
    }

    /**
     * 1 when {@code newOffset} lies in the new place of the section, 0.5 when it lies in the new place of the
     * section's top-level ancestor, 0 otherwise or when nothing is known.
     */
    double membership(Section section, int newOffset) {
        if (section == null) {
            return 0;
        }
        int[] range = newRangeOf(section);
        if (range != null && range[0] <= newOffset && newOffset < range[1]) {
            return 1;
        }
        Section top = section;
        while (top.eContainer() instanceof Section parent) {
            top = parent;
        }
        int[] topRange = newRangeOf(top);
        return topRange != null && top != section && topRange[0] <= newOffset && newOffset < topRange[1] ? 0.5 : 0;
    }
}
