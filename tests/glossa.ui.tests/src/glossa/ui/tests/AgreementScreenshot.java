package glossa.ui.tests;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.agreement.Disagreement;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.AgreementView;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * The picture of the Agreement view for the docs ({@code docs/agreement.png}): two coders on the sample, the coders
 * x types table, the disagreements and the first one's codings side by side, revealed in the editor. Not a test of
 * behaviour (run it by name: {@code -Dtest=AgreementScreenshot}).
 */
class AgreementScreenshot {

    @TempDir
    Path dir;

    @Test
    void agreementView() throws Exception {
        Path article = AgreementViewTest.twoCoderArticle(dir);
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1600, 1000);
        EditorTestSupport.page().closeAllEditors(false);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        AgreementView view = AgreementViewTest.showView();
        enlargeBottomFolder(window);
        EditorTestSupport.page().activate(view);
        Disagreement first = view.figures().disagreements().get(0);
        view.disagreementViewer().setSelection(new StructuredSelection(first), true);
        context.reveal(first.begin(), first.end());
        TestSupport.processEvents(Display.getCurrent(), 1500);
        EditorTestSupport.saveWindowPng(window,
                Harness.docs("agreement.png"));
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.page().hideView(view);
    }

    /** Gives the bottom folder (where the view opens) half of the editor column, for the picture only. */
    static void enlargeBottomFolder(Shell window) {
        org.eclipse.e4.ui.workbench.modeling.EModelService models = PlatformUI.getWorkbench()
                .getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
        org.eclipse.e4.ui.model.application.ui.basic.MWindow model = PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class);
        org.eclipse.e4.ui.model.application.ui.MUIElement bottom = models.find("glossa.bottom", model);
        if (bottom != null && bottom.getParent() != null) {
            for (Object sibling : bottom.getParent().getChildren()) {
                ((org.eclipse.e4.ui.model.application.ui.MUIElement) sibling)
                        .setContainerData(sibling == bottom ? "5500" : "4500");
            }
        }
        TestSupport.processEvents(window.getDisplay(), 300);
    }
}
