package glossa.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.refiqda.QdpxCaseWriter;

/**
 * Writes {@link InteropBench}'s case (ARTICLES copies of the sample, ANNOTATIONS in all) to a {@code .qdpx} file, so
 * that the command line can be timed on it as a user runs it: {@code glossa-cli import-project} makes the case folder
 * from it, and {@code glossa-cli case-export} exports that folder again (docs/benchmarks.md).
 *
 * <pre>java -cp target/classes:$(cat target/classpath.txt) glossa.bench.InteropCase OUT.qdpx [articles] [annotations]</pre>
 */
public final class InteropCase {

    private InteropCase() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int annotations = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        String text = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        List<AnnotatedArticle> list = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            list.add(InteropBench.article(text, "a" + i + "/article-" + i + ".txt", annotations / articles, i));
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            new CaseExporter(Path.of("case"), "bench", list, DefaultCodebook.create()).export(new QdpxCaseWriter(),
                    ExportOptions.defaults().withDate(Instant.parse("2025-10-01T00:00:00Z")), stream, null);
        }
        System.out.printf("%s: %d articles, %d annotations, %.1f MB%n", out, articles,
                articles * (annotations / articles), Files.size(out) / 1e6);
    }
}
