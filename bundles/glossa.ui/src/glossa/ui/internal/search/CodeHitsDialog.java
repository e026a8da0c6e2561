package glossa.ui.internal.search;

import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.search.CodingUnit;

/** Asks for the type, the unit and confirmed or suggested for "Code Hits As…". */
public final class CodeHitsDialog extends TitleAreaDialog {

    private final List<AnnotationType> types;
    private final int hitCount;
    private Combo typeChoice;
    private Combo unitChoice;
    private Button suggestChoice;
    private AnnotationType type;
    private CodingUnit unit = CodingUnit.HIT;
    private boolean suggest;

    public CodeHitsDialog(Shell parent, List<AnnotationType> types, int hitCount) {
        super(parent);
        this.types = types;
        this.hitCount = hitCount;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.CodeHits_title);
        setMessage(NLS.bind(Messages.CodeHits_message, hitCount));
        getShell().setText(Messages.CodeHits_title);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.CodeHits_type);
        typeChoice = new Combo(body, SWT.READ_ONLY);
        typeChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (AnnotationType t : types) {
            typeChoice.add(t.getName() + " (" + t.getId() + ")");
        }
        typeChoice.select(0);
        new Label(body, SWT.NONE).setText(Messages.CodeHits_unit);
        unitChoice = new Combo(body, SWT.READ_ONLY);
        unitChoice.setItems(Messages.CodeHits_unitHit, Messages.CodeHits_unitClause, Messages.CodeHits_unitSentence);
        unitChoice.select(0);
        suggestChoice = new Button(body, SWT.CHECK);
        suggestChoice.setText(Messages.CodeHits_suggest);
        suggestChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        // Coding articles that are not open cannot be undone from an editor: say so before it happens.
        Label undo = new Label(body, SWT.WRAP);
        undo.setText(Messages.CodeHits_notUndoable);
        GridData undoData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        undoData.widthHint = 420;
        undo.setLayoutData(undoData);
        return area;
    }

    @Override
    protected void okPressed() {
        type = typeChoice.getSelectionIndex() < 0 ? null : types.get(typeChoice.getSelectionIndex());
        unit = CodingUnit.values()[Math.max(0, unitChoice.getSelectionIndex())];
        suggest = suggestChoice.getSelection();
        super.okPressed();
    }

    AnnotationType type() {
        return type;
    }

    CodingUnit unit() {
        return unit;
    }

    /** Whether the hits become suggestions rather than confirmed annotations. */
    boolean suggest() {
        return suggest;
    }
}
