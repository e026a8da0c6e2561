package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** Opening articles, posting real key strokes and reading pixels. */
final class EditorTestSupport {

    /** The workbench's Undo and Redo commands (Edit menu, Ctrl+Z / Ctrl+Y). */
    static final String UNDO = "org.eclipse.ui.edit.undo";
    static final String REDO = "org.eclipse.ui.edit.redo";

    private EditorTestSupport() {
    }

    /** A private copy of the shared sample (never modified) in {@code dir}. */
    static Path copySample(Path dir) throws IOException {
        Path sample = Path.of(System.getProperty("glossa.sample"));
        return Files.copy(sample, dir.resolve(sample.getFileName()));
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static GlossaEditor open(Path article) throws PartInitException {
        IEditorPart part = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(article.toUri()));
        GlossaEditor editor = assertInstanceOf(GlossaEditor.class, part, "the Glossa editor opens articles");
        settle();
        return editor;
    }

    /** The adapter an open Glossa editor offers to views and handlers; asserted present. */
    static GlossaEditorContext context(GlossaEditor editor) {
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        assertNotNull(context, "the editor offers its GlossaEditorContext");
        return context;
    }

    /** The editor's text document. */
    static IDocument text(GlossaEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /** The editor's JFace annotation model. */
    static IAnnotationModel jface(GlossaEditor editor) {
        return editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
    }

    static void settle() {
        TestSupport.processEvents(Display.getCurrent(), 300);
    }

    /** Gives the editor's text the keyboard focus, as a user clicking into it would. */
    static void focus(GlossaEditor editor) {
        StyledText text = editor.viewer().getTextWidget();
        text.getShell().forceActive();
        page().activate(editor);
        text.setFocus();
        settle();
    }

    /** Posts Ctrl+{@code key} through the OS event queue (real key events, as the user would type them). */
    static void pressCtrl(char key) {
        Display display = Display.getCurrent();
        KeyStrokeTime.next(display);
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, key, key);
        post(display, SWT.KeyUp, key, key);
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
        settle();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new IllegalStateException("Display.post refused a key event");
        }
    }

    /**
     * Executes a workbench command as its key binding would. Handlers such as Undo update their enablement
     * asynchronously after the operation history changes, so wait (bounded) until the command is enabled.
     */
    static void executeCommand(String id) throws Exception {
        org.eclipse.core.commands.Command command = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class).getCommand(id);
        long until = System.currentTimeMillis() + 5_000;
        while (!command.isEnabled() && System.currentTimeMillis() < until) {
            TestSupport.processEvents(Display.getCurrent(), 50);
        }
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        settle();
    }

    /** Saves what the screen shows of {@code window} as a PNG at {@code png}, creating its folder. */
    static void saveWindowPng(Shell window, Path png) throws IOException {
        Display display = window.getDisplay();
        Rectangle bounds = window.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(png.getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Like {@link #pixelsOfColour} once the count reaches {@code atLeast}, or after 3 s: on a loaded machine the
     * repaint after a model change can come a few event loops later than {@link #settle()} waits.
     */
    static int awaitPixelsOfColour(StyledText text, int offset, int length, RGB rgb, int atLeast) {
        long deadline = System.nanoTime() + 3_000_000_000L;
        int count = pixelsOfColour(text, offset, length, rgb);
        while (count < atLeast && System.nanoTime() < deadline) {
            text.redraw();
            TestSupport.processEvents(Display.getCurrent(), 100);
            count = pixelsOfColour(text, offset, length, rgb);
        }
        return count;
    }

    /** Counts the pixels of exactly {@code rgb} inside the widget area showing {@code offset..offset+length}. */
    static int pixelsOfColour(StyledText text, int offset, int length, RGB rgb) {
        Rectangle bounds = text.getTextBounds(offset, offset + length - 1).intersection(text.getClientArea());
        if (bounds.isEmpty()) {
            return 0;
        }
        Image image = new Image(text.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(text);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            int count = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    if (data.palette.getRGB(data.getPixel(x, y)).equals(rgb)) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
