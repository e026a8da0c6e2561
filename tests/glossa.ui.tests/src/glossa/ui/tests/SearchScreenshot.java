package glossa.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import glossa.ui.internal.search.CodeHitsDialog;
import glossa.ui.internal.views.SearchView;

/**
 * The picture of the Search view for the docs ({@code docs/search.png}): the repository's two sample articles and the
 * policy fixture as a case, searched for 出口管制 from a date on, the first hit revealed in the editor; and the Code Hits
 * dialog ({@code docs/search-code-hits.png}). Not a test of behaviour (run
 * it by name: {@code -Dtest=SearchScreenshot}).
 */
class SearchScreenshot {

    @Test
    void searchView() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("policy-case");
        project.create(null);
        project.open(null);
        try {
            Path repo = Path.of(System.getProperty("glossa.repo", "."));
            IFile first = copy(project, repo.resolve("tests/fixtures/openai-deepseek-policy-article.zh.txt"),
                    "openai-deepseek.txt");
            copy(project, repo.resolve("samples/glossa-sample.zh.txt"), "chips-and-open-models.txt");
            copy(project, repo.resolve("samples/glossa-sample.en.md"), "chips-and-open-models.en.md");
            Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            window.setBounds(0, 0, 1600, 1000);
            EditorTestSupport.page().closeAllEditors(false);
            SearchViewTest.openInGlossa(first);
            SearchView view = SearchViewTest.showAndSearch(project, "出口管制");
            view.setDates("2020-01-01", ""); // the copies are dated today: the filter shows, the hits stay
            view.search();
            SearchViewTest.awaitSearch(view);
            AgreementScreenshot.enlargeBottomFolder(window);
            view.table().select(0);
            view.table().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            EditorTestSupport.page().activate(view);
            TestSupport.processEvents(Display.getCurrent(), 1500);
            EditorTestSupport.saveWindowPng(window, Harness.docs("search.png"));
            codeHitsDialog(window, Harness.docs("search-code-hits.png"), view.hits().size());
            EditorTestSupport.page().closeAllEditors(false);
            view.setDates("", "");
            EditorTestSupport.page().hideView(view);
        } finally {
            project.delete(true, true, null);
        }
    }

    /** The Code Hits dialog, with "as suggestions" chosen and its note on what cannot be undone. */
    private static void codeHitsDialog(Shell window, Path png, int hitCount) throws Exception {
        var types = glossa.core.codebook.Codebooks.activeTypes(glossa.core.codebook.DefaultCodebook.create());
        CodeHitsDialog dialog = new CodeHitsDialog(window, types, hitCount);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            for (org.eclipse.swt.widgets.Control c : allControls(dialog.getShell())) {
                if (c instanceof org.eclipse.swt.widgets.Button b && (b.getStyle() & org.eclipse.swt.SWT.CHECK) != 0) {
                    b.setSelection(true);
                }
            }
            Shell shell = dialog.getShell();
            shell.setSize(shell.computeSize(640, SWT.DEFAULT));
            shell.layout(true, true);
            TestSupport.processEvents(Display.getCurrent(), 1500);
            shell.update();
            saveClientAreaPng(shell, png);
        } finally {
            dialog.close();
        }
    }

    /** The shell's client area from the screen (its bounds also count a frame the window manager may not draw). */
    private static void saveClientAreaPng(Shell shell, Path png) throws Exception {
        Display display = shell.getDisplay();
        org.eclipse.swt.graphics.Rectangle area = display.map(shell, null, shell.getClientArea());
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static java.util.List<org.eclipse.swt.widgets.Control> allControls(org.eclipse.swt.widgets.Composite parent) {
        java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                all.addAll(allControls(composite));
            }
        }
        return all;
    }

    private static IFile copy(IProject project, Path source, String name) throws Exception {
        IFile file = project.getFile(name);
        try (var in = java.nio.file.Files.newInputStream(source)) {
            file.create(in, true, null);
        }
        return file;
    }
}
