package glossa.exchange.export;

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

        /** What a report prints before the memo: "Memo", or "1 细节 · Memo" for a subsection's. */
        public String heading(ReportLabels labels) {
            return label.isEmpty() ? labels.get("memo") : label + " \u00b7 " + labels.get("memo");
        }
    }

    private ReportMemos() {
    }

    /** The document's memo, or null when there is none. */
    public static String of(Document document) {
        return ArticleMemos.blank(document.getMemo()) ? null : document.getMemo().strip();
    }

    public static List<Memo> of(ReportSection section) {
        return ArticleMemos.of(section).stream().map(m -> new Memo(m.section() == section.section() ? ""
                : label(m.section()), m.text().strip())).toList();
    }

    private static String label(Section s) {
        String number = s.getNumber() == null ? "" : s.getNumber().strip();
        String title = s.getTitle() == null ? "" : s.getTitle().strip();
        return (number + " " + title).strip();
    }
}
