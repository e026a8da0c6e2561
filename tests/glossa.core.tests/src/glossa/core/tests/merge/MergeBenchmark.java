package glossa.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import glossa.benchdata.SyntheticDocuments;
import glossa.benchdata.Timings;
import glossa.core.io.SidecarStore;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * Benchmark harness, not a unit test (the normal build skips it: its name does not end in "Test"). Issue 13: a
 * three-way merge of two 50,000-annotation sidecars that each differ from their base in 5% of the annotations must
 * take at most the time to load one sidecar; and the whole merge a save runs when another writer saved (load base,
 * load theirs, merge, apply) is measured against the 1 s goal. Medians of {@value #ROUNDS} rounds after
 * {@value #WARM_UP} warm-up rounds, with min–max. Run:
 *
 * <pre>
 * ./mvnw -o -B verify -pl bundles/glossa.model,bundles/glossa.core,tests/glossa.core.tests \
 *   -Dtest=MergeBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat tests/glossa.core.tests/target/merge-benchmark.txt
 * </pre>
 */
class MergeBenchmark {

    private static final int ANNOTATIONS = 50_000;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    private final StringBuilder report = new StringBuilder();

    @Test
    void mergeVersusLoad() throws Exception {
        SidecarStore store = new SidecarStore();
        Document base = SyntheticDocuments.create(ANNOTATIONS, 100, 42);
        Document ours = EcoreUtil.copy(base);
        Document theirs = EcoreUtil.copy(base);
        change(ours, new Random(1), "ours");
        change(theirs, new Random(2), "theirs");
        Path tmp = Files.createTempDirectory("merge-bench");
        Path sidecar = tmp.resolve("a.txt.glossa");
        byte[] baseBytes = store.toBytes(base);
        byte[] theirBytes = store.toBytes(theirs);
        line("Merge benchmark: %,d annotations, each side changes 5%% of them; %d warm-up + %d rounds, median (min–max) "
                + "in ms; %s, %d cores, load average %s", ANNOTATIONS, WARM_UP, ROUNDS,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        line("  sidecar %,d bytes", theirBytes.length);

        double[] load = measure(() -> assertEquals(ANNOTATIONS, store.load(theirBytes, sidecar).getAnnotations().size()),
                null);
        line("%-44s %s", "load one sidecar (SidecarStore.load)", stats(load));

        Document[] target = new Document[1];
        MergeResult[] result = new MergeResult[1];
        double[] merge = measure(() -> {
            result[0] = ThreeWayMerge.merge(base, target[0], theirs);
            result[0].apply();
        }, () -> target[0] = EcoreUtil.copy(ours));
        line("%-44s %s   merge/load = %.2f", "three-way merge + apply", stats(merge),
                Timings.median(merge) / Timings.median(load));
        line("  %d added, %d changed, %d deleted, %d conflicts", result[0].added(), result[0].changed(),
                result[0].deleted(), result[0].conflicts().size());
        assertTrue(result[0].added() > 0 && result[0].changed() > 0 && result[0].deleted() > 0);

        double[] fromDisk = measure(() -> {
            Document b = store.load(baseBytes, sidecar);
            Document t = store.load(theirBytes, sidecar);
            ThreeWayMerge.merge(b, target[0], t).apply();
        }, () -> target[0] = EcoreUtil.copy(ours));
        line("%-44s %s   /load = %.2f   (goal: under 1000 ms)", "save-time merge: load base + theirs, merge",
                stats(fromDisk), Timings.median(fromDisk) / Timings.median(load));

        Path file = Path.of(System.getProperty("glossa.repo", "."), "tests", "glossa.core.tests", "target",
                "merge-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    }

    /** 5% of the annotations: a third get a new memo, a third are deleted, and as many again are added. */
    private static void change(Document d, Random random, String side) {
        int n = d.getAnnotations().size() / 20;
        for (int i = 0; i < n / 3; i++) {
            d.getAnnotations().get(random.nextInt(d.getAnnotations().size())).setMemo(side + " memo " + i);
        }
        for (int i = 0; i < n / 3; i++) {
            Annotation gone = d.getAnnotations().get(random.nextInt(d.getAnnotations().size()));
            d.getRelations().removeIf(r -> r.getSource() == gone || r.getTarget() == gone);
            d.getAnnotations().remove(gone);
        }
        for (int i = 0; i < n / 3; i++) {
            Annotation added = EcoreUtil.copy(d.getAnnotations().get(random.nextInt(d.getAnnotations().size())));
            added.setId(side + "-" + i);
            d.getAnnotations().add(added);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double[] measure(Step step, Step setUp) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            if (setUp != null) {
                setUp.run();
            }
            step.run();
        }
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            if (setUp != null) {
                setUp.run();
            }
            System.gc();
            long t0 = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    private static String stats(double[] values) {
        return String.format(Locale.ROOT, "%7.0f (%.0f–%.0f)", Timings.median(values), Timings.min(values),
                Timings.max(values));
    }
}
