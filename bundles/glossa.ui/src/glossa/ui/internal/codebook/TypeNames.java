package glossa.ui.internal.codebook;

import org.eclipse.jface.dialogs.IInputValidator;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Codebook;

/** Type names are not empty and unique in the codebook (ignoring case), so pickers and reports stay unambiguous. */
final class TypeNames {

    private TypeNames() {
    }

    static IInputValidator validator(Codebook codebook, AnnotationType self) {
        return text -> {
            String name = text.strip();
            if (name.isEmpty()) {
                return Messages.Name_empty;
            }
            for (AnnotationType type : Codebooks.allTypes(codebook)) {
                if (type != self && name.equalsIgnoreCase(type.getName())) {
                    return Messages.Name_taken;
                }
            }
            return null;
        };
    }
}
