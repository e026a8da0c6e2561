package glossa.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.MergeConflict;
import glossa.model.Section;

/** The JSON shapes shared by subcommands, so that {@code list} and {@code annotate} print rows alike. */
final class CliRows {

    private CliRows() {
    }

    /** A section's short label: its number, or its title when it has none (preamble, closing). */
    static String label(Section section) {
        return section.getNumber() == null || section.getNumber().isEmpty() ? section.getTitle() : section.getNumber();
    }

    /** The ids of the annotations with a merge conflict recorded in {@code document}. */
    static Set<String> conflicted(Document document) {
        Set<String> ids = new HashSet<>();
        for (MergeConflict c : document.getConflicts()) {
            if ("annotation".equals(c.getObjectKind())) {
                ids.add(c.getObjectId());
            }
        }
        return ids;
    }

    /** @param conflicted the ids with a recorded merge conflict ({@link #conflicted}) */
    static Map<String, Object> annotation(Annotation a, SectionIndex index, Set<String> conflicted) {
        Section deepest = index.deepestAt(a.getBegin());
        Section top = index.topLevelAt(a.getBegin());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.getId());
        row.put("type", a.getType() == null ? null : a.getType().getId());
        row.put("section", top == null ? null : label(top));
        row.put("sectionPath", deepest == null ? null : SectionIndex.path(deepest));
        row.put("begin", a.getBegin());
        row.put("end", a.getEnd());
        row.put("status", a.getStatus().getLiteral());
        row.put("anchor", a.getAnchor().getLiteral());
        row.put("quote", a.getQuote());
        row.put("author", a.getAuthor());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeValue value : a.getAttributes()) {
            attributes.put(value.getName(), value.getValue());
        }
        row.put("attributes", attributes);
        row.put("memo", a.getMemo());
        row.put("conflict", conflicted.contains(a.getId()));
        return row;
    }

    static Map<String, Object> section(Section s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", s.getNumber());
        row.put("title", s.getTitle());
        row.put("level", s.getLevel());
        row.put("kind", s.getKind().getLiteral());
        row.put("begin", s.getBegin());
        row.put("end", s.getEnd());
        List<Object> children = new ArrayList<>();
        for (Section child : s.getChildren()) {
            children.add(section(child));
        }
        row.put("children", children);
        return row;
    }

    /**
     * Sections named by {@code spec}: a number label as written ("二", "（一）", "1."; a trailing "、" or "." may be
     * left out) or a title, or a path such as "二/1" (also "二 › 1."). Top-level matches are preferred.
     */
    static List<Section> findSections(Document document, String spec) {
        String[] parts = spec.split("\\s*(?:/|›)\\s*");
        List<Section> candidates = document.getSections();
        List<Section> found = List.of();
        for (int i = 0; i < parts.length; i++) {
            found = matching(candidates, parts[i]);
            if (i == 0 && found.isEmpty() && parts.length == 1) {
                found = matchingDeep(document.getSections(), parts[0]);
            }
            candidates = found.stream().flatMap(s -> s.getChildren().stream()).toList();
        }
        return found;
    }

    private static List<Section> matching(List<Section> sections, String part) {
        return sections.stream().filter(s -> matches(s, part)).toList();
    }

    private static List<Section> matchingDeep(List<Section> sections, String part) {
        List<Section> found = new ArrayList<>();
        for (Section s : sections) {
            if (matches(s, part)) {
                found.add(s);
            }
            found.addAll(matchingDeep(s.getChildren(), part));
        }
        return found;
    }

    private static boolean matches(Section s, String part) {
        String number = s.getNumber() == null ? "" : s.getNumber();
        return !number.isEmpty() && (number.equals(part) || trimNumber(number).equals(trimNumber(part)))
                || part.equals(s.getTitle());
    }

    private static String trimNumber(String number) {
        return number.replaceAll("[.、．]$", "");
    }
}
