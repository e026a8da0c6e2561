package glossa.core.tests.crash;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import glossa.cli.GlossaCli;

/**
 * A child process of {@link ConcurrentWritersTest}: waits for the start signal (a file), then runs
 * {@code glossa-cli annotate} for its quotes one after another, as a script would, and prints one line per failure.
 * Arguments: ARTICLE GO-FILE WRITER COUNT.
 */
public final class AnnotateLoop {

    private AnnotateLoop() {
    }

    public static void main(String[] args) throws Exception {
        String article = args[0];
        Path go = Path.of(args[1]);
        int writer = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        while (!Files.exists(go)) {
            Thread.sleep(1);
        }
        int failures = 0;
        for (int i = 0; i < count; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = GlossaCli.run(new String[] { "annotate", article, "--type", "claim", "--quote",
                    ConcurrentWritersTest.quote(writer, i), "--author", "writer-" + writer },
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            if (code != 0) {
                failures++;
                System.out.println("failed " + code + " " + err.toString(StandardCharsets.UTF_8).strip());
            }
        }
        System.out.println("done " + failures);
        System.exit(failures == 0 ? 0 : 1);
    }
}
