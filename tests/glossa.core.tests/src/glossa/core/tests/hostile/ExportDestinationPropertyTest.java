package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;

/**
 * Issue 20, property: whatever destination an export is given — the article, the sidecar, a link to either, a path
 * through "..", a folder, a missing folder, an existing report — the article and its sidecar never change, and the
 * call either succeeds or fails with exit 2 in one line, leaving no temporary file.
 */
class ExportDestinationPropertyTest {

    private static final int CASES = 300;

    @TempDir
    Path dir;

    @Test
    void noDestinationEverChangesTheArticleOrItsSidecar() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("to-article"), article);
        Files.createSymbolicLink(sub.resolve("to-sidecar"), Path.of("..", sidecar.getFileName().toString()));
        Files.createSymbolicLink(dir.resolve("to-sub"), sub);
        Files.writeString(dir.resolve("report.html"), "previous");
        String articleSum = Cli.sha256(article);
        String sidecarSum = Cli.sha256(sidecar);
        List<Path> destinations = List.of(article, sidecar, dir.resolve("to-article"), sub.resolve("to-sidecar"),
                sub.resolve("../a.txt"), dir.resolve("to-sub/../a.txt.glossa"), dir.resolve("to-sub/../sub/../a.txt"),
                dir.resolve("sub/./../a.txt"),
                sub, dir.resolve("missing/report.html"), dir.resolve("missing/../a.txt"), dir.resolve("report.html"),
                sub.resolve("fresh.html"), dir.resolve("to-sub/fresh.csv"));
        List<String> formats = List.of("html", "md", "csv", "jsonld");
        Random random = new Random(20);
        int refused = 0;
        int written = 0;
        for (int i = 0; i < CASES; i++) {
            Path destination = destinations.get(random.nextInt(destinations.size()));
            String format = formats.get(random.nextInt(formats.size()));
            List<String> args = new ArrayList<>(List.of("export", article.toString(), "--format", format, "-o",
                    destination.toString()));
            if (random.nextBoolean()) {
                args.add("--force");
            }
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            String call = String.join(" ", args);
            assertTrue(result.code() == 0 || result.code() == 2, call + " → " + result);
            if (result.code() == 2) {
                assertEquals(1, result.err().lines().count(), call + " → " + result.err());
                refused++;
            } else {
                written++;
            }
            assertEquals(articleSum, Cli.sha256(article), call);
            assertEquals(sidecarSum, Cli.sha256(sidecar), call);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
        assertTrue(refused > 100 && written > 20, "both kinds tried: refused " + refused + ", written " + written);
    }
}
