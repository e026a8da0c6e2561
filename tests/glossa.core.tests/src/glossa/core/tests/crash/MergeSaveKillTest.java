package glossa.core.tests.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.benchdata.SyntheticDocuments;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * Issue 13: a process killed with SIGKILL during a merge-and-save leaves the sidecar in the state before the save
 * (B, what the other writer saved) or the merged one (A + ours + theirs), never anything else, and no lock that
 * blocks the next writer. {@value #DEFAULT_KILLS} kills by default ({@code GLOSSA_CRASH_KILLS} for more).
 */
class MergeSaveKillTest {

    static final int DEFAULT_KILLS = 10;
    static final int ANNOTATIONS = 3000;

    @TempDir
    Path dir;

    @Test
    void aKilledMergeLeavesTheOldOrTheMergedState() throws Exception {
        int kills = Integer.parseInt(System.getenv().getOrDefault("GLOSSA_CRASH_KILLS", String.valueOf(DEFAULT_KILLS)));
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path article = SyntheticDocuments.writeArticle(dir.resolve("merge.txt"), sample, 200_000, ANNOTATIONS);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        SidecarStore store = new SidecarStore();
        byte[] a = Files.readAllBytes(sidecar);
        Document withTheirs = store.load(a, sidecar);
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Annotation y = AnnotationFactory.create(text, withTheirs.getCodebook().getTypes().get(1), 30, 40, "theirs");
        y.setId("y-theirs");
        withTheirs.getAnnotations().add(y);
        byte[] b = store.toBytes(withTheirs);
        Path aFile = Files.write(dir.resolve("a.state"), a);
        Path bFile = Files.write(dir.resolve("b.state"), b);
        String stateA = ids(store.load(a, sidecar));
        String stateB = ids(store.load(b, sidecar));
        String merged = ids(store.load(b, sidecar), "x-ours");
        List<String> command = List.of(SidecarCrashTest.javaExecutable(), "-Xmx256m", "-cp",
                SidecarCrashTest.classPath(), MergeSaveLoop.class.getName(), article.toString(), aFile.toString(),
                bFile.toString());
        long seed = CrashSeed.choose("MergeSaveKillTest");
        Random random = new Random(seed);
        int[] seen = new int[3];
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                // The first merge-and-save is timed; the kill lands at a random moment of about as long after the next.
                long started = 0;
                long took = 0;
                for (int merges = 0; merges < 2;) {
                    String line = out.readLine();
                    if (line == null) {
                        fail("the merge loop stopped");
                    }
                    if (line.equals("merging")) {
                        merges++;
                        started = System.nanoTime();
                    } else if (line.equals("saved")) {
                        took = System.nanoTime() - started;
                    } else {
                        fail(CrashSeed.replay(seed, "the merge loop failed: " + line));
                    }
                }
                long window = Math.max(1, took * 13 / 10 / 1_000_000);
                Thread.sleep(random.nextLong(window));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            String found = ids(store.load(sidecar));
            int state = found.equals(stateB) ? 0 : found.equals(merged) ? 1 : found.equals(stateA) ? 2 : -1;
            assertTrue(state >= 0, CrashSeed.replay(seed,
                    "after kill " + (kill + 1) + " the sidecar is neither state: " + found.length()));
            seen[state]++;
        }
        // The killed writers' locks are gone with them: a save now goes through at once.
        AtomicFileWriter writer = new AtomicFileWriter();
        writer.write(sidecar, a);
        var opened = new glossa.core.io.ArticleStore().open(article, null);
        long t0 = System.nanoTime();
        new glossa.core.io.ArticleStore().save(opened, false, null);
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "a dead writer's lock blocked the save");
        assertEquals(stateA, ids(store.load(sidecar)));
        System.out.printf("MergeSaveKillTest: %d kills: %d before the merge (B), %d merged, %d earlier (A)%n", kills,
                seen[0], seen[1], seen[2]);
    }

    private static String ids(Document document, String... more) {
        TreeSet<String> ids = new TreeSet<>(List.of(more));
        document.getAnnotations().forEach(a -> ids.add(a.getId()));
        return ids.toString();
    }
}
