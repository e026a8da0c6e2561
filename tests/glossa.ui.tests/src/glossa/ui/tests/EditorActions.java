package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * The actions {@link EditorBenchmark} times, each {@link EditorBenchmark#SAMPLES} times through {@link Latency}: the
 * annotation commands as the handlers run them, typing as a key press reaches the text widget, Edit &gt; Undo as its
 * key binding runs it, and a jump far away. Typing works in the plain TextEditor too (the peer).
 */
final class EditorActions {

    private final AbstractTextEditor editor;
    private final StyledText widget;
    private final IDocument text;
    private final Latency latency;
    private final GlossaEditorContext context;
    private Annotation last;
    private int added;

    EditorActions(AbstractTextEditor editor) {
        this.editor = editor;
        this.widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
        this.text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        this.latency = new Latency(widget);
        this.context = editor instanceof GlossaEditor ? editor.getAdapter(GlossaEditorContext.class) : null;
        widget.getShell().forceActive();
        EditorTestSupport.page().activate(editor);
        widget.setFocus();
        TestSupport.processEvents(Display.getCurrent(), 300);
    }

    int textLength() {
        return text.getLength();
    }

    Latency.Samples add() throws Exception {
        int before = document().getAnnotations().size();
        Latency.Samples samples = latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> { },
                this::addOne);
        assertEquals(before + EditorBenchmark.WARM_UP + EditorBenchmark.SAMPLES, document().getAnnotations().size());
        return samples;
    }

    Latency.Samples delete() throws Exception {
        return latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, this::addOne, () -> {
            assertTrue(context.execute(AnnotationCommands.delete(context.editingDomain(), document(), List.of(last))));
        });
    }

    Latency.Samples retype() throws Exception {
        addOne();
        AnnotationType claim = type(DefaultCodebook.CLAIM);
        AnnotationType measure = type(DefaultCodebook.POLICY_MEASURE);
        Annotation target = last;
        return latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> { }, () -> {
            AnnotationType to = target.getType() == claim ? measure : claim;
            assertTrue(context.execute(AnnotationCommands.changeType(context.editingDomain(), List.of(target), to)));
        });
    }

    Latency.Samples undoAdd() throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        int[] count = new int[1];
        Latency.Samples samples = latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> {
            addOne();
            count[0] = document().getAnnotations().size();
        }, () -> handlers.executeCommand(EditorTestSupport.UNDO, null));
        assertEquals(count[0] - 1, document().getAnnotations().size(), "the undo took the add back");
        return samples;
    }

    /**
     * Undo of one typed character (Edit &gt; Undo), in either editor: the workbench's undo path without Glossa's
     * commands, so the plain TextEditor's figure is the peer of {@link #undoAdd()}.
     */
    Latency.Samples undoTyping(int offset) throws Exception {
        if (!undoEnabledAfterTyping(offset)) {
            return null;
        }
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        editor.selectAndReveal(offset, 0);
        TestSupport.processEvents(Display.getCurrent(), 300);
        int before = text.getLength();
        Latency.Samples samples = latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> {
            editor.selectAndReveal(offset, 0);
            Event key = new Event();
            key.character = '字';
            widget.notifyListeners(SWT.KeyDown, key);
            // As a caret move would: the typing is one finished change in the history (the plain TextEditor keeps
            // it open, and its Undo disabled, until then).
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(text);
            if (undo != null) {
                undo.commit();
            }
        }, () -> handlers.executeCommand(EditorTestSupport.UNDO, null));
        assertEquals(before, text.getLength(), "every typed character undone");
        return samples;
    }

    /**
     * Whether Edit &gt; Undo is enabled after a typed key (the character is taken back). The platform's plain
     * TextEditor in this RCP product leaves it disabled (its undo history keeps nothing), so there is no peer
     * figure for undo there.
     */
    private boolean undoEnabledAfterTyping(int offset) {
        editor.selectAndReveal(offset, 0);
        Event key = new Event();
        key.character = '字';
        widget.notifyListeners(SWT.KeyDown, key);
        TestSupport.processEvents(Display.getCurrent(), 300);
        org.eclipse.jface.action.IAction undo = editor.getAction(ITextEditorActionConstants.UNDO);
        boolean enabled = undo != null && undo.isEnabled();
        if (enabled) {
            undo.run();
        } else {
            try {
                text.replace(offset, 1, "");
            } catch (org.eclipse.jface.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
        }
        TestSupport.processEvents(Display.getCurrent(), 300);
        return enabled;
    }

    /** Types one character per sample as a key press at {@code offset} (the caret then moves on, as in typing). */
    Latency.Samples type(int offset) throws Exception {
        editor.selectAndReveal(offset, 0);
        TestSupport.processEvents(Display.getCurrent(), 300);
        int before = text.getLength();
        Latency.Samples samples = latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> { }, () -> {
            Event key = new Event();
            key.character = '字';
            widget.notifyListeners(SWT.KeyDown, key);
        });
        assertEquals(before + EditorBenchmark.WARM_UP + EditorBenchmark.SAMPLES, text.getLength(), "every key typed");
        return samples;
    }

    /** Reveals a quarter, then three quarters into the text, in turn, until the annotations there are painted. */
    Latency.Samples jump() throws Exception {
        Display display = Display.getCurrent();
        int[] turn = new int[1];
        return latency.sample(EditorBenchmark.WARM_UP, EditorBenchmark.SAMPLES, () -> { }, () -> {
            int offset = text.getLength() * (turn[0]++ % 2 == 0 ? 1 : 3) / 4;
            long t0 = System.nanoTime();
            editor.selectAndReveal(offset, 0);
            // The plain TextEditor (the peer) paints no annotations: for it the text painted is the end.
            while (context != null && !EditorBenchmark.highlightedOnScreen(widget)
                    && System.nanoTime() - t0 < 30_000_000_000L) {
                if (!display.readAndDispatch()) {
                    display.timerExec(2, () -> { });
                    display.sleep();
                }
            }
            assertTrue(context == null || EditorBenchmark.highlightedOnScreen(widget), "highlighted after the jump");
        });
    }

    /** Adds a six-character claim a little below the top of the screen, a bit further on each time. */
    private void addOne() {
        int begin = widget.getOffsetAtLine(widget.getTopIndex() + 1) + 2 + (added++ % 40) * 3;
        String article = context.article().text();
        last = AnnotationFactory.create(article, type(DefaultCodebook.CLAIM), begin, begin + 6, "bench");
        assertTrue(context.execute(AnnotationCommands.add(context.editingDomain(), document(), last)));
    }

    private AnnotationType type(String id) {
        return Codebooks.find(document().getCodebook(), id).orElseThrow();
    }

    private Document document() {
        return context.article().document();
    }
}
