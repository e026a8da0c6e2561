package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;

/** A command that sets one field of the selected type, asked once and applied to the article's or the case's codebook. */
abstract class TypeFieldHandler extends CodebookHandler {

    /** What {@link #ask} returns when the analyst cancelled. */
    protected static final Object CANCELLED = new Object();

    protected abstract EAttribute feature();

    /** The new value of {@link #feature()} for {@code type} in {@code codebook}, or {@link #CANCELLED}. */
    protected abstract Object ask(Shell shell, Codebook codebook, AnnotationType type);

    @Override
    protected final Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        Object value = type == null ? CANCELLED : ask(shell, context.article().document().getCodebook(), type);
        return value == CANCELLED ? null : CodebookCommands.set(context.editingDomain(), type, feature(), value);
    }

    @Override
    protected final CaseTypeChange caseChange(Shell shell, CodebookView view, Codebook codebook, AnnotationType type) {
        Object value = type == null ? CANCELLED : ask(shell, codebook, type);
        return value == CANCELLED ? null : CaseTypeChanges.set(type, feature(), value);
    }
}
