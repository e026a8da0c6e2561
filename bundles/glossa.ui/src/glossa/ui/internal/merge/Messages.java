package glossa.ui.internal.merge;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

import glossa.core.merge.MergeResult;

/** The user-visible strings of merging another writer's annotations (messages.properties). */
public final class Messages extends NLS {

    public static String Save_failed;
    public static String Merge_summary;
    public static String Merge_summaryWithConflicts;
    public static String Merge_unreadable;
    public static String Merge_notApplied;
    public static String Merge_job;
    public static String View_noEditor;
    public static String View_loading;
    public static String View_none;
    public static String View_some;
    public static String View_kind;
    public static String View_object;
    public static String View_field;
    public static String View_ours;
    public static String View_theirs;
    public static String View_deleted;
    public static String Kind_annotation;
    public static String Kind_relation;
    public static String Kind_type;
    public static String Kind_filter;
    public static String Kind_sections;
    public static String Resolve_keepMine;
    public static String Resolve_takeTheirs;
    public static String Resolve_keepBoth;

    static {
        NLS.initializeMessages("glossa.ui.internal.merge.messages", Messages.class);
    }

    private Messages() {
    }

    /** For the status line: "2 annotations added, 0 changed, 0 deleted by another writer; 1 conflict". */
    public static String summary(MergeResult merge) {
        // MessageFormat rather than NLS.bind: the patterns choose singular or plural.
        String counts = MessageFormat.format(Merge_summary, merge.added(), merge.changed(), merge.deleted());
        return merge.isClean() ? counts
                : MessageFormat.format(Merge_summaryWithConflicts, counts, merge.conflicts().size());
    }

    /** The name shown for a conflict's object kind (as the core records it). */
    public static String kind(String objectKind) {
        return switch (objectKind == null ? "" : objectKind) {
            case "annotation" -> Kind_annotation;
            case "relation" -> Kind_relation;
            case "type" -> Kind_type;
            case "filter" -> Kind_filter;
            case "sections" -> Kind_sections;
            default -> String.valueOf(objectKind);
        };
    }
}
