package glossa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared Chinese sample article the benchmark data is grown from. */
public final class SampleArticle {

    static final String FILE_NAME = "openai-deepseek-policy-article.zh.txt";

    private SampleArticle() {
    }

    /**
     * The sample's text: {@code -Dglossa.sample=…} if set and readable, else {@code ../shared/samples/} beside the
     * repository ({@code -Dglossa.repo}, default: the working directory), else the repository's own {@code samples/}.
     */
    public static String text() {
        Path repo = Path.of(System.getProperty("glossa.repo", ".")).toAbsolutePath().normalize();
        for (Path candidate : new Path[] {
                System.getProperty("glossa.sample") == null ? null : Path.of(System.getProperty("glossa.sample")),
                repo.resolveSibling("shared").resolve("samples").resolve(FILE_NAME),
                repo.resolve("samples").resolve(FILE_NAME) }) {
            if (candidate != null && Files.isReadable(candidate)) {
                try {
                    return Files.readString(candidate, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("sample article " + FILE_NAME + " not found; pass -Dglossa.sample=<path>");
    }
}
