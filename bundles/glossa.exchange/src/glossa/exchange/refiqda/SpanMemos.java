package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.List;

import glossa.core.sections.SectionIndex;
import glossa.model.Document;
import glossa.model.Section;

/**
 * Memos on uncoded text selections of one source: what Glossa writes for a section's memo, and what other tools
 * write for a commented passage that has no code (an ATLAS.ti quotation with a comment, say). Glossa has no
 * annotation without a type, so each becomes the memo of the section it names ({@link SectionIndex#find})
 * and otherwise joins the document's memo, after its quote, so no memo text is lost.
 */
final class SpanMemos {

    private record SpanMemo(int begin, int end, String quote, String sectionPath, String text) {
    }

    /** How much of the passage's text stands before a memo that joins the document's. */
    private static final int QUOTE = 40;

    private final List<SpanMemo> memos = new ArrayList<>();

    /** A memo on {@code begin..end} (UTF-16) of {@code text}; {@code sectionPath} as a Glossa description names it. */
    void add(String text, int begin, int end, String sectionPath, String memo) {
        memos.add(new SpanMemo(begin, end, text.substring(begin, end), sectionPath, memo));
    }

    /** Places the memos in {@code document}, whose sections are detected by now. */
    void place(Document document) {
        SectionIndex sections = SectionIndex.of(document);
        for (SpanMemo memo : memos) {
            Section section = memo.sectionPath() == null ? null
                    : sections.find(memo.sectionPath(), memo.begin(), memo.end());
            if (section != null) {
                section.setMemo(join(section.getMemo(), memo.text()));
            } else {
                String quoted = "«" + OneLine.cut(memo.quote(), QUOTE) + "»: " + memo.text();
                document.setMemo(join(document.getMemo(), quoted));
            }
        }
    }

    private static String join(String before, String memo) {
        return before == null || before.isBlank() ? memo : before + "\n\n" + memo;
    }
}
