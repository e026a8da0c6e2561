package glossa.ui.internal.views;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;

/**
 * Section statistics for the views that follow the document (Section Summary, Outline). Both recount on the same
 * coalesced {@link DocumentChanges}: the first one counts, the second gets the same result. And after a change that
 * moved no count (typing moves every annotation's offsets), the views repaint nothing: {@link #changedRows} says
 * which rows differ.
 */
public final class SectionCounts {

    private static WeakReference<Document> lastDocument = new WeakReference<>(null);
    private static AnnotationFilter lastFilter;
    private static WeakReference<DocumentChanges> lastChanges = new WeakReference<>(null);
    private static SectionStatistics last;
    private static long lastSequence = -1;
    /** Up to this many changed annotations the last statistics are updated; more are counted anew. */
    private static final int INCREMENTAL_LIMIT = 5_000;

    private SectionCounts() {
    }

    /** The statistics of the context's document after {@code changes} (null: count anew), on the UI thread. */
    public static SectionStatistics after(GlossaEditorContext context, DocumentChanges changes) {
        Document document = context.article().document();
        AnnotationFilter filter = context.filter();
        if (changes != null && last != null && lastChanges.get() == changes && lastDocument.get() == document
                && filter.equals(lastFilter)) {
            return last;
        }
        // Updated only from the statistics after the batch just before this one (each delivered batch is counted).
        SectionStatistics counted = changes != null && last != null && lastDocument.get() == document
                && changes.sequence() == lastSequence + 1 && !changes.structureChanged()
                && changes.annotationCount() <= INCREMENTAL_LIMIT
                        ? last.updated(document, filter, changes.removed(), changes.changed(), changes.added())
                        : SectionStatistics.computeTracked(document, filter);
        lastDocument = new WeakReference<>(document);
        lastFilter = filter;
        lastChanges = new WeakReference<>(changes);
        lastSequence = changes == null ? -1 : changes.sequence();
        last = counted;
        return counted;
    }

    /**
     * The sections whose counts differ between {@code before} and {@code after}, or null when every row must be
     * refreshed: other sections, other types, or another heat-map scale.
     */
    public static List<Section> changedRows(SectionStatistics before, SectionStatistics after) {
        if (before == null || before.maxCell() != after.maxCell() || !before.types().equals(after.types())
                || !before.sectionIndex().sections().equals(after.sectionIndex().sections())) {
            return null;
        }
        List<Section> changed = new ArrayList<>();
        for (Section section : after.sectionIndex().sections()) {
            for (AnnotationType type : after.types()) {
                if (before.count(section, type) != after.count(section, type)) {
                    changed.add(section);
                    break;
                }
            }
        }
        return changed;
    }
}
