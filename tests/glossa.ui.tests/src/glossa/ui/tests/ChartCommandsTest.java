package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.SectionSummaryView;

/** The Section Summary's Copy Chart and Save Chart As… are commands, handled only while that view is active. */
class ChartCommandsTest {

    private static final String COPY = "glossa.ui.sectionSummary.copyChart";
    private static final String SAVE = "glossa.ui.sectionSummary.saveChart";

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    private static Command command(String id) {
        return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id);
    }

    @Test
    void copyChartPutsAnImageOnTheClipboard() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        GlossaEditor editor = EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("a.txt"), sample, 0, 60));
        SectionSummaryView view = (SectionSummaryView) EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        assertTrue(command(COPY).isHandled() && command(SAVE).isHandled(), "handled while the view is active");

        Display display = Display.getCurrent();
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { "before" }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COPY, null);
            ImageData image = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
            assertNotNull(image, "the chart is on the clipboard as an image");
            assertTrue(image.width >= 480 && image.height >= 240, image.width + "x" + image.height);
        } finally {
            clipboard.dispose();
        }

        EditorTestSupport.page().activate(editor);
        EditorTestSupport.settle();
        assertFalse(command(COPY).isHandled(), "not handled when another part is active");
        assertFalse(command(SAVE).isHandled());
    }
}
