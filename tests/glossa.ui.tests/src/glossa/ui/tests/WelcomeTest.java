package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import glossa.app.internal.FirstRun;
import glossa.app.internal.KeyboardShortcuts;
import glossa.app.internal.WelcomeDialog;
import glossa.ui.internal.editor.GlossaEditor;

/** The first run's welcome, its Open the Sample Article, Help's keyboard list and the analyst's File menu. */
class WelcomeTest {

    @Test
    void theWelcomeShowsOnceOnAFirstStartWithAnEmptyWorkspace() {
        assertTrue(FirstRun.shouldShow(false, 0, 0, null));
        assertFalse(FirstRun.shouldShow(true, 0, 0, null), "never again once shown");
        assertFalse(FirstRun.shouldShow(false, 2, 0, null), "not when the workspace has cases");
        assertFalse(FirstRun.shouldShow(false, 0, 1, null), "not when articles were passed to open");
        assertFalse(FirstRun.shouldShow(false, 0, 0, "false"), "not when turned off");
    }

    @Test
    void theWelcomeOpensTheSample() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1600, 1000);
        EditorTestSupport.page().closeAllEditors(false);
        WelcomeDialog dialog = new WelcomeDialog(window, EditorTestSupport.page());
        dialog.setBlockOnOpen(false);
        dialog.open();
        TestSupport.processEvents(Display.getCurrent(), 800);
        EditorTestSupport.saveWindowPng(window, Path.of(System.getProperty("glossa.repo", "."), "docs", "welcome.png"));
        Button open = buttons(dialog.getShell()).stream().filter(b -> b.getText().contains("Sample")).findFirst()
                .orElseThrow();
        open.notifyListeners(SWT.Selection, new Event());
        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.page().getActiveEditor() instanceof GlossaEditor,
                20_000), "the sample opens in the Glossa editor");
        IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject("Sample");
        assertTrue(sample.getFile("openai-deepseek-policy-article.zh.txt").exists(), "copied into a case");
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        sample.delete(true, true, null);
    }

    @Test
    void helpListsGlossasKeys() {
        List<KeyboardShortcuts.Entry> keys = KeyboardShortcuts
                .of(PlatformUI.getWorkbench().getService(IBindingService.class));
        assertTrue(keys.stream().anyMatch(e -> e.keys().contains("Ctrl+1")), keys.toString());
        assertTrue(keys.stream().anyMatch(e -> e.keys().contains("Ctrl+S")), keys.toString());
        assertTrue(keys.stream().noneMatch(e -> e.command().contains("Debug")), "only Glossa's and daily keys");
    }

    @Test
    void theFileMenuIsTheAnalysts() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", ""))
                .filter(l -> !l.isEmpty()).map(l -> l.split("\t")[0]).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        for (String wanted : List.of("Open Article...", "New Case...", "Import...", "Export...", "Save", "Close", "Exit")) {
            assertTrue(labels.contains(wanted), wanted + " in " + labels);
        }
        for (String leftover : List.of("Convert Line Delimiters To", "Restart", "Open Projects from File System...",
                "Open File...", "Import Articles...", "Export Case...", "Export Report...")) {
            assertFalse(labels.contains(leftover), leftover + " in " + labels);
        }
    }

    private static List<Button> buttons(Composite parent) {
        List<Button> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b) {
                found.add(b);
            } else if (child instanceof Composite c) {
                found.addAll(buttons(c));
            }
        }
        return found;
    }
}
