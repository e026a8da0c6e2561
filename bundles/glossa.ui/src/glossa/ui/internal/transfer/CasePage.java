package glossa.ui.internal.transfer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The first page of the File &gt; Import and Export wizards of a case (articles, the case as one file, the codebook):
 * the case (an open project, the selected one first) and what {@link #fillBody} adds below it. Complete when there is
 * a case (or {@link #needsCase} says none is needed) and {@link #problem} has nothing to say.
 */
abstract class CasePage extends WizardPage {

    private final IProject selected;
    private final List<IProject> cases = new ArrayList<>();
    private Combo caseChoice;

    CasePage(String name, String title, String description, IProject selected) {
        super(name);
        setTitle(title);
        setDescription(description);
        this.selected = selected;
    }

    @Override
    public final void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(Messages.Transfer_case);
        caseChoice = new Combo(body, SWT.READ_ONLY);
        caseChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && project.getLocation() != null) {
                cases.add(project);
                caseChoice.add(project.getName());
                if (project.equals(selected)) {
                    caseChoice.select(cases.size() - 1);
                }
            }
        }
        if (caseChoice.getSelectionIndex() < 0 && !cases.isEmpty()) {
            caseChoice.select(0);
        }
        caseChoice.addListener(SWT.Selection, e -> update());
        fillBody(body);
        setControl(body);
        update();
    }

    /** Adds the page's own fields to a three-column grid. */
    abstract void fillBody(Composite body);

    /** Why the page cannot finish yet, or null. */
    abstract String problem();

    /** Whether the page needs a case as things are chosen (the codebook wizards do not when an article is). */
    boolean needsCase() {
        return true;
    }

    /** Greys out the case when the other fields make it irrelevant. */
    final void enableCase(boolean enabled) {
        if (caseChoice != null) {
            caseChoice.setEnabled(enabled);
        }
    }

    /** The chosen case, or null. */
    IProject project() {
        int index = caseChoice == null ? -1 : caseChoice.getSelectionIndex();
        return index < 0 ? null : cases.get(index);
    }

    /** Checks the page again (after any change of a field). */
    final void update() {
        String message = project() == null && needsCase() ? Messages.Transfer_noCase : problem();
        setErrorMessage(message);
        setPageComplete(message == null);
    }
}
