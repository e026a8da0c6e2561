package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.benchdata.Timings;
import glossa.core.AnnotatedArticle;
import glossa.ui.internal.editor.AnnotationModelBridge;
import glossa.ui.internal.editor.GlossaAnnotationModel;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.io.ArticleFiles;

/**
 * Benchmark harness, not a unit test (its name does not end in "Test", so the normal build skips it). Run:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -o -B verify -pl bundles/glossa.model,bundles/glossa.core,
 * bundles/glossa.ui,bundles/glossa.app,tests/glossa.ui.tests -Dtest=EditorBenchmark}. Figures go to stdout and to
 * {@code tests/glossa.ui.tests/target/editor-benchmark.txt}; see docs/benchmarks.md.
 */
class EditorBenchmark {

    private static final int ROUNDS = Harness.size(5, 1);
    static final int SAMPLES = Harness.size(50, 3);
    static final int WARM_UP = Harness.size(5, 1);
    private static final String PLAIN_TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    @TempDir
    Path dir;

    private final StringBuilder report = new StringBuilder();

    @Test
    void largeArticleWithManyAnnotations() throws Exception {
        Path big = article(dir.resolve("big.txt"), Harness.size(1_000_000, 20_000),
                Harness.size(50_000, 300));
        Path sample = article(dir.resolve("sample.txt"), 0, Harness.size(5_000, 100));
        line("Editor benchmark, %d rounds each, median (min–max) in ms; %s, %d cores",
                ROUNDS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        // Warm up both editors once (class loading, JIT), then measure.
        closeAll(firstPaint(big, PLAIN_TEXT_EDITOR));
        closeAll(firstPaint(big, GlossaEditor.ID));

        // -Dglossa.bench.latencyOnly=true skips the open measurements (for iterating on the latency).
        boolean opens = !Boolean.getBoolean("glossa.bench.latencyOnly");
        double sampleOpen = opens ? measureOpens(big, sample) : 0;
        line("");
        line("Latency at 50,000 annotations, %d samples each (after %d untimed): action → everything it posted has run"
                + " and the text is painted; then busy = UI-thread time in the next %d ms (the views' deferred update)",
                SAMPLES, WARM_UP, Latency.QUIET_MS);
        line("%-58s %s   then busy %s", "ms", "median     p95     max", "median     p95     max");
        GlossaEditor editor = (GlossaEditor) firstPaint(big, GlossaEditor.ID).editor;
        boolean wrap = editor.isWordWrapEnabled();
        EditorActions actions = new EditorActions(editor);
        if (measures("add")) {
            line(actions.add().row("add one annotation (command + bridge + repaint)"));
        }
        if (measures("delete")) {
            line(actions.delete().row("delete one annotation"));
        }
        if (measures("retype")) {
            line(actions.retype().row("retype one annotation (change its type)"));
        }
        Latency.Samples undoTyping = null;
        if (measures("undo")) {
            line(actions.undoAdd().row("undo of an add (Edit > Undo)"));
            undoTyping = actions.undoTyping(actions.textLength() / 3);
            assertTrue(undoTyping != null, "Edit > Undo takes a typed character back in the Glossa editor");
            line(undoTyping.row("undo of one typed character (Edit > Undo)"));
        }
        Latency.Samples typeStart = null;
        Latency.Samples typeMiddle = null;
        if (measures("type")) {
            typeStart = actions.type(0);
            line(typeStart.row("type one character at the start (before all 50,000)"));
            typeMiddle = actions.type(actions.textLength() / 2);
            line(typeMiddle.row("type one character in the middle"));
        }
        Latency.Samples jump = null;
        if (measures("jump")) {
            jump = actions.jump();
            line(jump.row("jump a quarter of the text away, until painted"));
        }
        closeAll(editor);

        if (typeStart != null || undoTyping != null || jump != null) {
            IEditorPart peer = firstPaint(big, PLAIN_TEXT_EDITOR).editor;
            ((ITextEditorExtension6) peer).setWordWrap(wrap); // as in the Glossa editor, which wraps the article
            EditorActions peerActions = new EditorActions((AbstractTextEditor) peer);
            peerRows(peerActions, wrap, typeStart, typeMiddle, undoTyping, jump);
            closeAll(peer);
        }
        line("  (sample with 5,000 annotations opened in %.0f ms; load average %s)", sampleOpen, loadAverage());

        Path out = Harness.target("editor-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    /** The plain TextEditor doing what it can of the same actions, on the same text, in the same run. */
    private void peerRows(EditorActions peerActions, boolean wrap, Latency.Samples typeStart,
            Latency.Samples typeMiddle, Latency.Samples undoTyping, Latency.Samples jump) throws Exception {
        if (undoTyping != null) {
            Latency.Samples peerUndo = peerActions.undoTyping(peerActions.textLength() / 3);
            if (peerUndo == null) {
                line("peer: plain TextEditor, undo of one typed character: not measurable (its Undo stays disabled)");
            } else {
                line(peerUndo.row("peer: plain TextEditor, undo of one typed character"));
                line("  ratio Glossa / TextEditor, undo of typing (medians): %.2f",
                        Timings.median(undoTyping.answer()) / Timings.median(peerUndo.answer()));
            }
        }
        if (jump != null) {
            Latency.Samples peerJump = peerActions.jump();
            line(peerJump.row("peer: plain TextEditor, jump a quarter away, until painted"));
            line("  ratio Glossa / TextEditor, jump (medians): %.2f",
                    Timings.median(jump.answer()) / Timings.median(peerJump.answer()));
        }
        if (typeStart != null) {
            Latency.Samples peerStart = peerActions.type(0);
            line(peerStart.row("peer: plain TextEditor, type at the start (wrap " + (wrap ? "on" : "off") + ")"));
            Latency.Samples peerMiddle = peerActions.type(peerActions.textLength() / 2);
            line(peerMiddle.row("peer: plain TextEditor, type in the middle"));
            line("  ratio Glossa / TextEditor, typing (medians): at the start %.2f, in the middle %.2f",
                    Timings.median(typeStart.answer()) / Timings.median(peerStart.answer()),
                    Timings.median(typeMiddle.answer()) / Timings.median(peerMiddle.answer()));
        }
    }

    /**
     * Whether {@code action} is measured: all by default; {@code -Dglossa.bench.actions=type,jump} picks some (for
     * iterating on one of them; the typing actions always come with the peer's).
     */
    private static boolean measures(String action) {
        String only = System.getProperty("glossa.bench.actions", "");
        return only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(action);
    }

    /** Open → first paint and → annotations painted, the peer and Glossa; returns the sample's open time. */
    private double measureOpens(Path big, Path sample) throws Exception {
        double plain = measureOpen("1 MB article, platform TextEditor (peer)", big, PLAIN_TEXT_EDITOR);
        double glossa = measureOpen("1 MB article + 50,000 annotations, Glossa editor", big, GlossaEditor.ID);
        line("  ratio Glossa / TextEditor, time to first paint: %.2f", glossa / plain);
        double[] load = new double[ROUNDS];
        double[] bridge = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            AnnotatedArticle loaded = ArticleFiles.open(big, null);
            long t1 = System.nanoTime();
            org.eclipse.jface.text.Document text = new org.eclipse.jface.text.Document(loaded.text());
            GlossaAnnotationModel model = new GlossaAnnotationModel();
            model.connect(text);
            new AnnotationModelBridge(loaded.document(), text, model).connect();
            long t2 = System.nanoTime();
            load[i] = (t1 - t0) / 1e6;
            bridge[i] = (t2 - t1) / 1e6;
        }
        line("%-58s %s", "  of which: read text + sidecar (50,000 annotations)", stats(load));
        line("%-58s %s", "  of which: build the JFace annotation model (bridge)", stats(bridge));
        return measureOpen("sample article + 5,000 annotations, Glossa editor", sample, GlossaEditor.ID);

    }

    private double measureOpen(String label, Path article, String editorId) throws Exception {
        double[] times = new double[ROUNDS];
        double[] shown = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            Opened opened = firstPaint(article, editorId);
            times[i] = opened.millis;
            shown[i] = opened.shownMillis;
            closeAll(opened.editor);
        }
        line("%-58s %s", label + ", open → first paint", stats(times));
        if (GlossaEditor.ID.equals(editorId)) {
            line("%-58s %s", label + ", open → annotations painted", stats(shown));
        }
        return Timings.median(times);
    }

    private record Opened(IEditorPart editor, double millis, double shownMillis) {
    }

    /** Opens the article and returns once the editor's text has painted for the first time. */
    private static Opened firstPaint(Path article, String editorId) throws Exception {
        Display display = Display.getCurrent();
        long[] painted = { 0 };
        Listener listener = e -> {
            if (painted[0] == 0 && e.widget instanceof StyledText text && text.getCharCount() > 1000) {
                painted[0] = System.nanoTime();
            }
        };
        display.addFilter(SWT.Paint, listener);
        try {
            long t0 = System.nanoTime();
            IEditorPart editor = EditorTestSupport.page().openEditor(
                    new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(article.toUri())), editorId);
            while (painted[0] == 0 && System.nanoTime() - t0 < 60_000_000_000L) {
                if (!display.readAndDispatch()) {
                    display.timerExec(5, () -> { });
                    display.sleep();
                }
            }
            assertTrue(painted[0] != 0, "the editor painted");
            long shown = painted[0];
            if (editor instanceof GlossaEditor glossa) {
                // A large sidecar loads in the background: wait for the annotations, then for their paint.
                while (glossa.isLoadingAnnotations() && System.nanoTime() - t0 < 120_000_000_000L) {
                    if (!display.readAndDispatch()) {
                        display.timerExec(5, () -> { });
                        display.sleep();
                    }
                }
                assertTrue(!glossa.isLoadingAnnotations(), "the annotations were installed");
                // The annotation painter applies a model change in a runnable it posts: run the event loop until the
                // highlights are in the widget's styles (not until idle: StyledText computes line heights in posted
                // chunks for a long time, also in the plain TextEditor), then paint.
                StyledText widget = glossa.viewer().getTextWidget();
                while (!highlightedOnScreen(widget) && System.nanoTime() - t0 < 120_000_000_000L) {
                    if (!display.readAndDispatch()) {
                        display.timerExec(5, () -> { });
                        display.sleep();
                    }
                }
                assertTrue(highlightedOnScreen(widget), "the visible annotations are highlighted");
                widget.update();
                shown = System.nanoTime();
            }
            return new Opened(editor, (painted[0] - t0) / 1e6, (shown - t0) / 1e6);
        } finally {
            display.removeFilter(SWT.Paint, listener);
        }
    }

    /** Whether some text on screen has a background colour: the built-in types are painted as backgrounds. */
    static boolean highlightedOnScreen(StyledText widget) {
        int from = widget.getOffsetAtLine(widget.getTopIndex());
        int bottomLine = Math.min(widget.getLineCount() - 1, widget.getLineIndex(widget.getClientArea().height));
        int to = widget.getOffsetAtLine(bottomLine) + widget.getLine(bottomLine).length();
        for (org.eclipse.swt.custom.StyleRange range : widget.getStyleRanges(from, to - from)) {
            if (range.background != null) {
                return true;
            }
        }
        return false;
    }

    static void closeAll(Object editor) {
        EditorTestSupport.page().closeAllEditors(false);
        TestSupport.processEvents(Display.getCurrent(), 200);
    }

    /**
     * Writes an article of at least {@code bytes} UTF-8 bytes (the sample repeated; the sample itself for 0) and a
     * sidecar with {@code count} annotations spread evenly, types in turn, every fifth overlapping its predecessor.
     */
    private static Path article(Path path, int bytes, int count) throws IOException {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        return SyntheticDocuments.writeArticle(path, sample, bytes, count);
    }

    private void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.append(line).append('\n');
    }


    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String stats(double[] values) {
        return String.format(Locale.ROOT, "%8.1f  (%.1f–%.1f)",
                Timings.median(values), Timings.min(values), Timings.max(values));
    }
}
