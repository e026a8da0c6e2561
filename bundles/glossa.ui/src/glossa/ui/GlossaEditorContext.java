package glossa.ui;

import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.AnnotatedArticle;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;

/**
 * What an open Glossa editor offers to the views, the handlers and the export wizard. Obtain it with
 * {@code editor.getAdapter(GlossaEditorContext.class)}. There is one per open article: one EMF document, one editing
 * domain (whose command stack is the undo history of every annotation change) and one filter.
 */
public interface GlossaEditorContext {

    /** The article with its text as currently in the editor and its EMF document. */
    AnnotatedArticle article();

    /** Every change to the document goes through a command on this domain's command stack. */
    EditingDomain editingDomain();

    /** The filter in force for this document; the editor, the views and the export all use it. */
    AnnotationFilter filter();

    /** Sets the filter in force, updates highlights and notifies listeners. */
    void setFilter(AnnotationFilter filter);

    void addFilterListener(Runnable listener);

    void removeFilterListener(Runnable listener);

    /** Selects and reveals the annotation's text in the editor. */
    void reveal(Annotation annotation);

    /** Selects and reveals a range of the text in the editor. */
    void reveal(int begin, int end);
}
