package glossa.ui.internal.views;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.SavedFilters;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;

/** Small edits of the one filter, and applying it: the editor, the views and the export follow the context's filter. */
public final class Filters {

    private Filters() {
    }

    /** Puts the filter in force for the context's document (which remembers it with the document). */
    public static void apply(GlossaEditorContext context, AnnotationFilter filter) {
        if (SavedFilters.same(context.filter(), filter)) {
            return;
        }
        context.setFilter(filter);
    }

    public static AnnotationFilter withType(AnnotationFilter f, String typeId, boolean visible) {
        Set<String> hidden = new HashSet<>(f.hiddenTypes());
        if (visible) {
            hidden.remove(typeId);
        } else {
            hidden.add(typeId);
        }
        return new AnnotationFilter(hidden, f.statuses(), f.authors(), f.text());
    }

    /** Whether annotations of the status are shown: an empty status set means all are. */
    public static boolean isStatusVisible(AnnotationFilter f, AnnotationStatus status) {
        return f.statuses().isEmpty() || f.statuses().contains(status);
    }

    public static AnnotationFilter withStatus(AnnotationFilter f, AnnotationStatus status, boolean visible) {
        Set<AnnotationStatus> shown = f.statuses().isEmpty() ? EnumSet.allOf(AnnotationStatus.class)
                : EnumSet.copyOf(f.statuses());
        if (visible) {
            shown.add(status);
        } else {
            shown.remove(status);
        }
        // All shown is stored as "no restriction", so statuses added later are not hidden by surprise.
        return new AnnotationFilter(f.hiddenTypes(), shown.size() == AnnotationStatus.VALUES.size() ? Set.of() : shown,
                f.authors(), f.text());
    }

    public static boolean isAuthorVisible(AnnotationFilter f, String author) {
        return f.authors().isEmpty() || f.authors().contains(author);
    }

    public static AnnotationFilter withAuthor(AnnotationFilter f, String author, boolean visible, Set<String> allAuthors) {
        Set<String> shown = new HashSet<>(f.authors().isEmpty() ? allAuthors : f.authors());
        if (visible) {
            shown.add(author);
        } else {
            shown.remove(author);
        }
        return new AnnotationFilter(f.hiddenTypes(), f.statuses(), shown.containsAll(allAuthors) ? Set.of() : shown,
                f.text());
    }

    public static AnnotationFilter withText(AnnotationFilter f, String text) {
        return new AnnotationFilter(f.hiddenTypes(), f.statuses(), f.authors(), text);
    }

    /** The distinct authors of the document's annotations, sorted. O(n); called when a menu opens. */
    public static Set<String> authors(Document document) {
        Set<String> authors = new TreeSet<>();
        for (Annotation a : document.getAnnotations()) {
            if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
                authors.add(a.getAuthor());
            }
        }
        return authors;
    }
}
