package glossa.core.tests.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * Issue 13's concurrent writers: {@value #WRITERS} processes run {@code glossa-cli annotate} for {@value #QUOTES}
 * distinct quotes each, all on one article, started at the same moment. Every annotation must be in the sidecar at
 * the end, in every run: each save re-reads the sidecar under the lock and merges what the others saved.
 *
 * <p>Runs: {@value #DEFAULT_RUNS} by default; {@code GLOSSA_CONCURRENT_RUNS=20} for the figure in
 * docs/reliability.md.</p>
 */
class ConcurrentWritersTest {

    static final int WRITERS = 8;
    static final int QUOTES = 25;
    static final int DEFAULT_RUNS = 2;

    @TempDir
    Path dir;

    /** A quote found exactly once in the article of {@link #article}. */
    static String quote(int writer, int i) {
        return String.format("条目%02d-%02d号", writer, i);
    }

    private static String article() {
        StringBuilder text = new StringBuilder("一、并发写入测试\n");
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < QUOTES; i++) {
                text.append(quote(w, i)).append("：美国限制AI芯片出口，中国加快国产算力替代。\n");
            }
        }
        return text.toString();
    }

    @Test
    void everyWritersAnnotationsSurvive() throws Exception {
        int runs = Integer.parseInt(System.getenv().getOrDefault("GLOSSA_CONCURRENT_RUNS", String.valueOf(DEFAULT_RUNS)));
        String classPath = SidecarCrashTest.classPath();
        int kept = 0;
        for (int run = 0; run < runs; run++) {
            Path runDir = Files.createDirectories(dir.resolve("run" + run));
            Path article = Files.writeString(runDir.resolve("article.txt"), article(), StandardCharsets.UTF_8);
            Path go = runDir.resolve("go");
            List<Process> children = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                children.add(new ProcessBuilder(SidecarCrashTest.javaExecutable(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                        "-cp", classPath, AnnotateLoop.class.getName(), article.toString(), go.toString(),
                        String.valueOf(w), String.valueOf(QUOTES)).redirectErrorStream(true).start());
            }
            Thread.sleep(1500); // let the JVMs start, so that the writers really run at the same time
            Files.createFile(go);
            for (Process child : children) {
                assertTrue(child.waitFor(300, TimeUnit.SECONDS), "a writer did not finish");
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, child.exitValue(), "a writer failed: " + output);
            }
            Document document = new SidecarStore().load(AnnotatedArticle.sidecarOf(article));
            Set<String> quotes = new HashSet<>();
            for (Annotation a : document.getAnnotations()) {
                quotes.add(a.getQuote());
            }
            int expected = WRITERS * QUOTES;
            assertEquals(expected, document.getAnnotations().size(), "run " + (run + 1) + ": annotations lost");
            assertEquals(expected, quotes.size(), "run " + (run + 1) + ": distinct quotes");
            assertTrue(document.getConflicts().isEmpty(), "independent additions never conflict");
            kept++;
        }
        System.out.printf("ConcurrentWritersTest: %d runs of %d writers x %d annotations: %d/%d runs kept all %d%n",
                runs, WRITERS, QUOTES, kept, runs, WRITERS * QUOTES);
    }
}
