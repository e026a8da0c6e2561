package glossa.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import glossa.core.AnnotatedArticle;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;

/**
 * A stand-in for the editor's context while views are tested on their own: one document, one command stack, one
 * filter with listeners, and the last range the views asked to reveal.
 */
final class FakeEditorContext implements GlossaEditorContext {

    private final AnnotatedArticle article;
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
    private final List<Runnable> filterListeners = new ArrayList<>();
    private AnnotationFilter filter = AnnotationFilter.ALL;
    int[] revealed;
    Annotation revealedAnnotation;

    FakeEditorContext(AnnotatedArticle article) {
        this.article = article;
    }

    @Override
    public AnnotatedArticle article() {
        return article;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public boolean execute(org.eclipse.emf.common.command.Command command) {
        domain.getCommandStack().execute(command);
        return true;
    }

    @Override
    public org.eclipse.core.commands.operations.IUndoContext undoContext() {
        return org.eclipse.core.commands.operations.IOperationHistory.GLOBAL_UNDO_CONTEXT;
    }

    @Override
    public boolean isEditable() {
        return true;
    }

    @Override
    public List<Annotation> annotationsAt(int offset) {
        return article.document().getAnnotations().stream().filter(a -> a.getBegin() <= offset && offset < a.getEnd()).toList();
    }

    @Override
    public AnnotationFilter filter() {
        return filter;
    }

    @Override
    public void setFilter(AnnotationFilter filter) {
        this.filter = filter;
        List.copyOf(filterListeners).forEach(Runnable::run);
    }

    @Override
    public void addFilterListener(Runnable listener) {
        filterListeners.add(listener);
    }

    @Override
    public void removeFilterListener(Runnable listener) {
        filterListeners.remove(listener);
    }

    int filterListenerCount() {
        return filterListeners.size();
    }

    @Override
    public void reveal(Annotation annotation) {
        revealedAnnotation = annotation;
        reveal(annotation.getBegin(), annotation.getEnd());
    }

    @Override
    public void reveal(int begin, int end) {
        revealed = new int[] { begin, end };
    }
}
