package glossa.core.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.model.Section;

/**
 * The memos on the document and on its sections, merged like any field: a memo written on one side only is taken,
 * two different memos on the same object are a conflict that keeps ours and records theirs. Sections have no ids: a
 * section is known by its path of numbers and titles, the same on both sides while the text is the same. A memo of
 * theirs on a section ours does not have is recorded as a conflict too, so it is never lost silently.
 */
final class MemoMerge {

    static final String SECTION = "section";
    static final String MEMO = "memo";

    private final MergePlan plan;
    private final Document base;
    private final Document ours;
    private final Document theirs;

    MemoMerge(MergePlan plan, Document base, Document ours, Document theirs) {
        this.plan = plan;
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    void run() {
        FieldMerge.merge(plan, "document", "", base == null ? Map.of() : memo(base.getMemo()), memo(ours.getMemo()),
                memo(theirs.getMemo()), field -> plan.set(ours, Literals.DOCUMENT__MEMO, theirs.getMemo()));
        Map<String, Section> b = base == null ? Map.of() : sections(base.getSections());
        Map<String, Section> o = sections(ours.getSections());
        Map<String, Section> t = sections(theirs.getSections());
        for (Map.Entry<String, Section> entry : t.entrySet()) {
            Section ts = entry.getValue();
            Section os = o.get(entry.getKey());
            Section bs = b.get(entry.getKey());
            Map<String, Object> baseMemo = bs == null ? Map.of() : memo(bs.getMemo());
            if (os != null) {
                FieldMerge.merge(plan, SECTION, entry.getKey(), baseMemo, memo(os.getMemo()), memo(ts.getMemo()),
                        field -> plan.set(os, Literals.SECTION__MEMO, ts.getMemo()));
            } else if (ts.getMemo() != null && !memo(ts.getMemo()).equals(baseMemo)) {
                plan.conflict(SECTION, entry.getKey(), MEMO, bs == null ? null : bs.getMemo(), "no such section",
                        ts.getMemo());
            }
        }
    }

    private static Map<String, Object> memo(String memo) {
        return Collections.singletonMap(MEMO, memo == null || memo.isEmpty() ? null : memo);
    }

    /** Every section by its path ("1 Background/1.2 Export controls"). */
    static Map<String, Section> sections(List<Section> roots) {
        Map<String, Section> map = new LinkedHashMap<>();
        collect(roots, "", map);
        return map;
    }

    private static void collect(List<Section> sections, String prefix, Map<String, Section> map) {
        for (Section s : sections) {
            String key = prefix + (s.getNumber() == null ? "" : s.getNumber() + " ")
                    + (s.getTitle() == null ? "" : s.getTitle());
            map.putIfAbsent(key, s);
            collect(s.getChildren(), key + "/", map);
        }
    }
}
