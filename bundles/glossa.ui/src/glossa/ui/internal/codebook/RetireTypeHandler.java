package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;

/**
 * Retire / Reinstate: a retired type is no longer offered for new annotations, but its annotations stay and keep
 * their type (retiring never deletes).
 */
public class RetireTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        return type == null ? null
                : CodebookCommands.set(context.editingDomain(), type, Literals.ANNOTATION_TYPE__RETIRED, !type.isRetired());
    }
}
