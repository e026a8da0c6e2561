package glossa.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import glossa.ui.internal.search.SearchView;

/**
 * The picture of the Search view for the docs ({@code docs/search.png}): the repository's two sample articles and the
 * policy fixture as a case, searched for 出口管制, the first hit revealed in the editor. Not a test of behaviour (run
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
            AgreementScreenshot.enlargeBottomFolder(window);
            view.table().select(0);
            view.table().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            EditorTestSupport.page().activate(view);
            TestSupport.processEvents(Display.getCurrent(), 1500);
            EditorTestSupport.saveWindowPng(window, repo.resolve("docs/search.png"));
            EditorTestSupport.page().closeAllEditors(false);
            EditorTestSupport.page().hideView(view);
        } finally {
            project.delete(true, true, null);
        }
    }

    private static IFile copy(IProject project, Path source, String name) throws Exception {
        IFile file = project.getFile(name);
        try (var in = java.nio.file.Files.newInputStream(source)) {
            file.create(in, true, null);
        }
        return file;
    }
}
