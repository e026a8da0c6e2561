package glossa.ui.tests;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

import glossa.benchdata.Timings;

/**
 * Measures the latency of one editor action as the analyst feels it, for {@link EditorBenchmark}: from the action
 * until the UI thread has run everything the action posted ({@code asyncExec}: the bridge's flush, the annotation
 * painter's catch-up, the collected redraws) and the text widget has painted. Afterwards it runs the event loop for
 * a quiet period and adds up the time the UI thread was busy in it: the deferred work (the views' coalesced updates
 * after {@code DocumentWatcher}'s delay) that would delay the next keystroke typed then.
 */
final class Latency {

    /** Longer than the views' quiet period ({@code DocumentWatcher.DELAY_MS}, 120 ms): their update falls in it. */
    static final long QUIET_MS = 250;

    /** Answer times and the busy time after each, in ms. */
    record Samples(double[] answer, double[] after) {

        String row(String label) {
            return String.format(Locale.ROOT, "%-58s %s   then busy %s", label, stats(answer), stats(after));
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private final Display display = Display.getCurrent();
    private final StyledText widget;

    Latency(StyledText widget) {
        this.widget = widget;
    }

    /**
     * Runs {@code setup} (untimed, then settled) and {@code action} (timed) {@code warmUp + count} times; the first
     * {@code warmUp} are not kept.
     */
    Samples sample(int warmUp, int count, Step setup, Step action) throws Exception {
        double[] answer = new double[count];
        double[] after = new double[count];
        for (int i = -warmUp; i < count; i++) {
            setup.run();
            quiet(QUIET_MS);
            long t0 = System.nanoTime();
            action.run();
            drain();
            widget.update();
            long t1 = System.nanoTime();
            double busy = quiet(QUIET_MS);
            if (i >= 0) {
                answer[i] = (t1 - t0) / 1e6;
                after[i] = busy;
            }
        }
        return new Samples(answer, after);
    }

    /** Runs what is ready to run on the UI thread (posted runnables, pending OS events), bounded. */
    void drain() {
        long until = System.nanoTime() + 5_000_000_000L;
        while (display.readAndDispatch() && System.nanoTime() < until) {
            // until nothing is left to do now
        }
    }

    /** Runs the event loop for {@code millis}; returns the ms the UI thread was busy meanwhile. */
    double quiet(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        long busy = 0;
        while (System.nanoTime() < until) {
            long t = System.nanoTime();
            if (display.readAndDispatch()) {
                busy += System.nanoTime() - t;
            } else {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
        return busy / 1e6;
    }

    /** Median, 95th percentile (nearest rank) and maximum. */
    static String stats(double[] values) {
        return String.format(Locale.ROOT, "%7.1f %7.1f %7.1f", Timings.median(values), p95(values),
                Timings.max(values));
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
