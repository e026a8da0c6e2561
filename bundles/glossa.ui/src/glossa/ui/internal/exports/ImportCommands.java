package glossa.ui.internal.exports;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import glossa.exchange.imports.ImportResult;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.internal.nls.Messages;

/** An import as one command: undo removes every imported annotation and relation in one step. */
public final class ImportCommands {

    private ImportCommands() {
    }

    public static Command add(EditingDomain domain, Document document, ImportResult result) {
        int n = result.annotations().size();
        CompoundCommand compound = new CompoundCommand(
                n == 1 ? Messages.ImportCommands_one : NLS.bind(Messages.ImportCommands_many, n));
        for (ImportResult.TypeAddition addition : result.types()) { // a codebook import (.qdc)
            compound.append(addition.parent() != null
                    ? AddCommand.create(domain, addition.parent(), Literals.ANNOTATION_TYPE__CHILDREN, addition.type())
                    : AddCommand.create(domain, document.getCodebook(), Literals.CODEBOOK__TYPES, addition.type()));
        }
        if (!result.annotations().isEmpty()) {
            compound.append(AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, result.annotations()));
        }
        if (!result.relations().isEmpty()) {
            compound.append(AddCommand.create(domain, document, Literals.DOCUMENT__RELATIONS, result.relations()));
        }
        for (ImportResult.MemoChange change : result.memos()) {
            compound.append(SetCommand.create(domain, change.owner(), change.feature(), change.memo()));
        }
        return compound;
    }
}
