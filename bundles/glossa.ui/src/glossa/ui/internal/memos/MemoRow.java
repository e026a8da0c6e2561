package glossa.ui.internal.memos;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Section;

/**
 * One memo of an article: on the document, on a section or on an annotation ({@code owner}), with what the Memos
 * view shows and sorts by. {@code offset} orders rows in text order (the document's memo first).
 */
public record MemoRow(Object owner, String on, String section, String memo, String author, Date date, int offset) {

    /** Every non-empty memo of the document: the document's, the sections' (depth first), the annotations'. */
    public static List<MemoRow> of(Document document, String documentLabel) {
        List<MemoRow> rows = new ArrayList<>();
        if (!blank(document.getMemo())) {
            rows.add(new MemoRow(document, documentLabel, "", document.getMemo(), null, null, -1));
        }
        SectionIndex index = SectionIndex.of(document);
        for (Section section : index.sections()) {
            if (!blank(section.getMemo())) {
                rows.add(new MemoRow(section, label(section), label(section), section.getMemo(), null, null,
                        section.getBegin()));
            }
        }
        for (Annotation a : document.getAnnotations()) {
            if (!blank(a.getMemo())) {
                Section at = index.deepestAt(a.getBegin());
                rows.add(new MemoRow(a, a.getType() == null ? "" : a.getType().getName() + ": \u201c" + oneLine(a.getQuote()) + "\u201d",
                        at == null ? "" : label(at), a.getMemo(), a.getAuthor(),
                        a.getModified() != null ? a.getModified() : a.getCreated(), a.getBegin()));
            }
        }
        return rows;
    }

    /** Whether every word of {@code query} occurs (ignoring case) in the memo, what it is on, or its section. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (memo + "\n" + on + "\n" + section + "\n" + (author == null ? "" : author))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String label(Section s) {
        String number = s.getNumber() == null ? "" : s.getNumber().strip();
        String title = s.getTitle() == null ? "" : s.getTitle().strip();
        return (number + " " + title).strip();
    }

    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 80) + "\u2026" : flat;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
