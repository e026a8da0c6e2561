package glossa.exchange.export;

import java.util.ArrayList;
import java.util.List;

import glossa.exchange.export.ExportModel.ReportSection;
import glossa.model.Document;
import glossa.model.Section;

/**
 * The memos a report shows besides the annotations' own: the document's memo at the top, and under each section's
 * heading the memos of that section and of the sections inside it (these labelled with their number and title).
 * Only the text is given here; each exporter escapes it for its format.
 */
public final class ReportMemos {

    /** A memo and the label of the subsection it belongs to (empty for the section itself). */
    public record Memo(String label, String text) {
    }

    private ReportMemos() {
    }

    /** The document's memo, or null when there is none. */
    public static String of(Document document) {
        return blank(document.getMemo()) ? null : document.getMemo().strip();
    }

    public static List<Memo> of(ReportSection section) {
        List<Memo> memos = new ArrayList<>();
        if (section.section() != null) {
            if (!blank(section.section().getMemo())) {
                memos.add(new Memo("", section.section().getMemo().strip()));
            }
            collect(section.section().getChildren(), memos);
        }
        return memos;
    }

    private static void collect(List<Section> sections, List<Memo> memos) {
        for (Section s : sections) {
            if (!blank(s.getMemo())) {
                String number = s.getNumber() == null ? "" : s.getNumber().strip();
                String title = s.getTitle() == null ? "" : s.getTitle().strip();
                memos.add(new Memo((number + " " + title).strip(), s.getMemo().strip()));
            }
            collect(s.getChildren(), memos);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
