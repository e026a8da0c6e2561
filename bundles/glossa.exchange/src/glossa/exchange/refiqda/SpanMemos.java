package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.List;

import glossa.core.sections.SectionIndex;
import glossa.model.Document;
import glossa.model.Section;

/**
 * Memos on uncoded text selections of one source: what Glossa writes for a section's memo, and what other tools
 * write for a commented passage that has no code (an ATLAS.ti quotation with a comment, say). Glossa has no
 * annotation without a type, so each becomes the memo of its section when it names one (by path, else by span)
 * and otherwise joins the document's memo, after its quote, so no memo text is lost.
 */
final class SpanMemos {

    private record SpanMemo(int begin, int end, String quote, String sectionPath, String text) {
    }

    private final List<SpanMemo> memos = new ArrayList<>();

    /** A memo on {@code begin..end} (UTF-16) of {@code text}; {@code sectionPath} as a Glossa description names it. */
    void add(String text, int begin, int end, String sectionPath, String memo) {
        memos.add(new SpanMemo(begin, end, text.substring(begin, end), sectionPath, memo));
    }

    /** Places the memos in {@code document}, whose sections are detected by now. */
    void place(Document document) {
        List<Section> sections = SectionIndex.of(document).sections();
        for (SpanMemo memo : memos) {
            Section section = memo.sectionPath() == null ? null : section(sections, memo);
            if (section != null) {
                section.setMemo(join(section.getMemo(), memo.text()));
            } else {
                document.setMemo(join(document.getMemo(), "«" + abbreviate(memo.quote()) + "»: " + memo.text()));
            }
        }
    }

    private static Section section(List<Section> sections, SpanMemo memo) {
        Section bySpan = null;
        for (Section s : sections) {
            if (memo.sectionPath().equals(SectionIndex.path(s))) {
                return s;
            }
            if (bySpan == null && s.getBegin() == memo.begin() && s.getEnd() == memo.end()) {
                bySpan = s;
            }
        }
        return bySpan;
    }

    private static String join(String before, String memo) {
        return before == null || before.isBlank() ? memo : before + "\n\n" + memo;
    }

    /** The quote on one line, cut to 40 characters (never inside a surrogate pair). */
    private static String abbreviate(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 40) {
            return flat;
        }
        int cut = Character.isHighSurrogate(flat.charAt(39)) ? 39 : 40;
        return flat.substring(0, cut) + "…";
    }
}
