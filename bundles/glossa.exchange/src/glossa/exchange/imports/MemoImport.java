package glossa.exchange.imports;

import static glossa.exchange.imports.WebAnnotationJson.hasValue;
import static glossa.exchange.imports.WebAnnotationJson.integer;
import static glossa.exchange.imports.WebAnnotationJson.list;
import static glossa.exchange.imports.WebAnnotationJson.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import glossa.core.sections.SectionIndex;
import glossa.exchange.export.WebAnnotation;
import glossa.exchange.export.internal.CodePointIndex;
import glossa.model.Document;
import glossa.model.Section;

/**
 * The memos of an import that belong to the article itself. In Web Annotations: {@code commenting} annotations
 * marked {@code glossa:memoOf} (as Glossa writes them), and page notes of other tools (a comment whose target is the
 * whole article, no selector); in UIMA XMI, the memo features of {@code glossa.Section} and
 * {@code glossa.DocumentMemo}. A memo the article lacks is set; one it already holds is reported as present; a
 * different one is added after the article's own, never in its place.
 */
final class MemoImport {

    private final Document document;
    private final ImportReport report;
    private final Map<EObject, String> memos = new LinkedHashMap<>();
    private int imported;

    MemoImport(Document document, ImportReport report) {
        this.document = document;
        this.report = report;
    }

    /** Whether {@code item} is a memo of the article rather than an annotation of a span. */
    static boolean isMemo(Map<?, ?> item) {
        if (!hasValue(item.get("motivation"), "commenting") || classifies(item)) {
            return false;
        }
        if (item.get(WebAnnotation.MEMO_OF) != null) {
            return true;
        }
        for (Object target : list(item.get("target"))) {
            if (target instanceof Map<?, ?> t && t.get("selector") != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean classifies(Map<?, ?> item) {
        for (Object body : list(item.get("body"))) {
            if (body instanceof Map<?, ?> b && hasValue(b.get("purpose"), "classifying")) {
                return true;
            }
        }
        return false;
    }

    /** A Web Annotation memo; its TextPositionSelector counts code points of the article's text. */
    void read(Map<?, ?> item, CodePointIndex codePoints, int record) {
        String memoOf = string(item.get(WebAnnotation.MEMO_OF));
        if (memoOf != null && !memoOf.equals("document") && !memoOf.equals("section")) {
            report.error(record, 0, "unknown " + WebAnnotation.MEMO_OF + " \"" + memoOf
                    + "\"; the memo was not imported");
            return;
        }
        boolean onSection = "section".equals(memoOf);
        String path = onSection ? string(item.get(WebAnnotation.SECTION)) : null;
        place(onSection, path, onSection ? span(item, codePoints) : null, comment(item), record, 0);
    }

    /**
     * Places one memo: on the document, or ({@code onSection}) on the section with this path and span (UTF-16),
     * else the one with this path, else the one with this span. {@code line} is 0 when the input has none.
     */
    void place(boolean onSection, String path, int[] span, String text, int record, int line) {
        if (text == null || text.isBlank()) {
            report.error(record, line, "a memo with no text");
            return;
        }
        EObject owner = document;
        String name = "the document";
        if (onSection) {
            Section section = SectionIndex.of(document).find(path, span == null ? -1 : span[0],
                    span == null ? -1 : span[1]);
            if (section == null) {
                report.error(record, line, "no section " + (path == null ? "" : "\"" + path + "\" ")
                        + (span == null ? "" : "at " + span[0] + "–" + span[1] + " ")
                        + "in this article; its memo was not imported");
                return;
            }
            owner = section;
            name = "section \"" + SectionIndex.path(section) + "\"";
        }
        String current = memos.containsKey(owner) ? memos.get(owner) : memoOf(owner);
        if (current == null || current.isBlank()) {
            memos.put(owner, text);
            imported++;
        } else if (current.strip().contains(text.strip())) {
            report.alreadyPresent(record, line, "already present: the memo of " + name + "; not imported again");
        } else {
            memos.put(owner, current + "\n\n" + text);
            imported++;
            report.warning(record, line, "the memo of " + name + " already held other text; the imported memo was "
                    + "added after it");
        }
    }

    /** The memos to set, each with what the article held before it. */
    List<ImportResult.MemoChange> changes() {
        List<ImportResult.MemoChange> changes = new ArrayList<>();
        memos.forEach((owner, memo) -> changes.add(new ImportResult.MemoChange(owner, memo)));
        return changes;
    }

    int imported() {
        return imported;
    }

    private static String comment(Map<?, ?> item) {
        for (Object body : list(item.get("body"))) {
            if (body instanceof Map<?, ?> b && hasValue(b.get("purpose"), "commenting")) {
                return string(b.get("value"));
            }
            if (body instanceof Map<?, ?> b && b.get("purpose") == null && b.get("value") != null) {
                return string(b.get("value")); // a TextualBody without a purpose is the comment
            }
        }
        return null;
    }

    /** The span of the first TextPositionSelector, in UTF-16 offsets, or null. */
    private static int[] span(Map<?, ?> item, CodePointIndex codePoints) {
        for (Object target : list(item.get("target"))) {
            if (!(target instanceof Map<?, ?> t)) {
                continue;
            }
            for (Object selector : list(t.get("selector"))) {
                if (selector instanceof Map<?, ?> s && hasValue(s.get("type"), "TextPositionSelector")) {
                    int start = integer(s.get("start"));
                    int end = integer(s.get("end"));
                    int begin16 = start < 0 ? -1 : codePoints.toUtf16(start);
                    int end16 = end < 0 ? -1 : codePoints.toUtf16(end);
                    if (begin16 >= 0 && end16 >= begin16) {
                        return new int[] { begin16, end16 };
                    }
                }
            }
        }
        return null;
    }

    private static String memoOf(EObject owner) {
        return owner instanceof Section s ? s.getMemo() : ((Document) owner).getMemo();
    }
}
