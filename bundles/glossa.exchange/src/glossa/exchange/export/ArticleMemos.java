package glossa.exchange.export;

import java.util.ArrayList;
import java.util.List;

import glossa.model.Document;
import glossa.model.Section;

/**
 * The memos an analyst wrote on the article itself rather than on an annotation, as an export includes them: the
 * document's, then those of the exported sections (all, or the ones chosen, without page furniture unless it is
 * reported) in document order, a section before the sections inside it. Blank memos are none.
 */
public final class ArticleMemos {

    /** A memo and what it is on: a section, or the whole document (null). */
    public record Memo(Section section, String text) {
    }

    private ArticleMemos() {
    }

    public static List<Memo> of(ExportModel model) {
        Document document = model.article().document();
        List<Memo> memos = new ArrayList<>();
        if (!blank(document.getMemo())) {
            memos.add(new Memo(null, document.getMemo()));
        }
        for (ExportModel.ReportSection exported : model.sections()) {
            memos.addAll(of(exported));
        }
        return memos;
    }

    /** The memos of an exported section and of the sections inside it; none for the text outside every section. */
    public static List<Memo> of(ExportModel.ReportSection exported) {
        List<Memo> memos = new ArrayList<>();
        if (exported.section() != null) {
            collect(List.of(exported.section()), memos);
        }
        return memos;
    }

    private static void collect(List<Section> sections, List<Memo> memos) {
        for (Section section : sections) {
            if (!blank(section.getMemo())) {
                memos.add(new Memo(section, section.getMemo()));
            }
            collect(section.getChildren(), memos);
        }
    }

    static boolean blank(String memo) {
        return memo == null || memo.isBlank();
    }
}
