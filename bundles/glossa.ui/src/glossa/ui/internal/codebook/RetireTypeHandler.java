package glossa.ui.internal.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaPackage.Literals;

/**
 * Retire / Reinstate: a retired type is no longer offered for new annotations, but its annotations stay and keep
 * their type (retiring never deletes).
 */
public class RetireTypeHandler extends TypeFieldHandler {

    @Override
    protected EAttribute feature() {
        return Literals.ANNOTATION_TYPE__RETIRED;
    }

    @Override
    protected Object ask(Shell shell, Codebook codebook, AnnotationType type) {
        return !type.isRetired();
    }
}
