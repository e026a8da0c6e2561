package glossa.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.filter.AnnotationFilter;
import glossa.model.AnnotationFilterSpec;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;

/**
 * Filters as the document keeps them: named filters in {@link Document#getFilters()} and the filter in force in
 * {@link Document#getActiveFilter()}, both saved in the sidecar. Converts between the model's
 * {@link AnnotationFilterSpec} and the immutable {@link AnnotationFilter} that everything asks.
 */
public final class SavedFilters {

    private SavedFilters() {
    }

    /** The spec of a filter (the reverse of {@link AnnotationFilter#of(AnnotationFilterSpec)}); lists are sorted so saves are stable. */
    public static AnnotationFilterSpec toSpec(AnnotationFilter filter, String name) {
        AnnotationFilterSpec spec = GlossaFactory.eINSTANCE.createAnnotationFilterSpec();
        spec.setName(name);
        spec.getHiddenTypes().addAll(filter.hiddenTypes().stream().sorted().toList());
        spec.getStatuses().addAll(filter.statuses().stream().sorted().toList());
        spec.getAuthors().addAll(filter.authors().stream().sorted().toList());
        spec.setText(filter.text().isEmpty() ? null : filter.text());
        return spec;
    }

    /** The filter remembered for the document, or {@link AnnotationFilter#ALL}. */
    public static AnnotationFilter remembered(Document document) {
        return AnnotationFilter.of(document.getActiveFilter());
    }

    /**
     * Remembers the filter in force with the document (it is written with the next save). Deliberately not a command:
     * choosing what to look at is not an edit to undo, like a view's sort order.
     */
    public static void remember(Document document, AnnotationFilter filter) {
        if (same(remembered(document), filter)) {
            return;
        }
        document.setActiveFilter(filter.isEmpty() ? null : toSpec(filter, null));
    }

    /** Whether two filters let the same annotations through (AnnotationFilter has identity equality). */
    public static boolean same(AnnotationFilter a, AnnotationFilter b) {
        return a.hiddenTypes().equals(b.hiddenTypes()) && a.statuses().equals(b.statuses())
                && a.authors().equals(b.authors()) && a.text().equals(b.text());
    }

    public static List<String> names(Document document) {
        List<String> names = new ArrayList<>();
        for (AnnotationFilterSpec spec : document.getFilters()) {
            names.add(spec.getName());
        }
        return names;
    }

    public static Optional<AnnotationFilterSpec> find(Document document, String name) {
        return document.getFilters().stream().filter(s -> name.equals(s.getName())).findFirst();
    }

    /**
     * An undoable command that saves the filter under {@code name}, replacing a saved filter of that name in place.
     * Commands are constructed directly, so they work on any editing domain, with or without item providers.
     */
    public static Command saveCommand(EditingDomain domain, Document document, String name, AnnotationFilter filter) {
        AnnotationFilterSpec spec = toSpec(filter, name);
        Optional<AnnotationFilterSpec> existing = find(document, name);
        CompoundCommand command = new CompoundCommand("Save filter \u201C" + name + "\u201D");
        int at = existing.map(document.getFilters()::indexOf).orElse(document.getFilters().size());
        existing.ifPresent(old -> command.append(new RemoveCommand(domain, document,
                GlossaPackage.Literals.DOCUMENT__FILTERS, old)));
        command.append(new AddCommand(domain, document, GlossaPackage.Literals.DOCUMENT__FILTERS, spec, at));
        return command;
    }

    /** An undoable command that deletes the saved filter of that name (unexecutable when there is none). */
    public static Command deleteCommand(EditingDomain domain, Document document, String name) {
        return find(document, name)
                .<Command> map(spec -> new RemoveCommand(domain, document, GlossaPackage.Literals.DOCUMENT__FILTERS, spec))
                .orElse(org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE);
    }
}
