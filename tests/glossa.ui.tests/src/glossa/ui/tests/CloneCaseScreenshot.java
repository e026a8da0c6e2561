package glossa.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import glossa.ui.internal.team.CloneCaseDialog;

/**
 * The picture of Team &gt; Clone Case… for the docs ({@code docs/clone-case.png}): the dialog filled in with an SSH
 * remote, the case name and folder suggested from the URL. Not a test of behaviour (run it by name:
 * {@code -Dtest=CloneCaseScreenshot}).
 */
class CloneCaseScreenshot {

    @Test
    void cloneCaseDialog() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1200, 700);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        CloneCaseDialog dialog = new CloneCaseDialog(window);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.fillIn("git@git.example.org:policy-lab/export-controls.git", null, null);
        dialog.getShell().setLocation(330, 110);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        EditorTestSupport.saveWindowPng(window,
                Harness.docs("clone-case.png"));
        dialog.close();
    }
}
