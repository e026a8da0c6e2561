package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs the section detector on every document of tests/fixtures/sections and compares its tree with the expected
 * one written by hand. Writes the figure to target/sections-corpus.txt ({@code scripts/sections-corpus} prints it).
 */
class SectionCorpusTest {

    /** Documents that must come out exactly right (the rest are reported, not failed: see docs/sections.md). */
    private static final double REQUIRED_SHARE = 0.9;

    @Test
    void corpusTreesMatchTheHandWrittenOnes() throws Exception {
        Path dir = Path.of(System.getProperty("glossa.repo")).resolve("tests/fixtures/sections");
        List<SectionCorpus.Result> results = new ArrayList<>();
        for (Path document : SectionCorpus.documents(dir)) {
            results.add(SectionCorpus.score(document));
        }
        assertTrue(results.size() >= 15, "the corpus has " + results.size() + " documents");
        String report = SectionCorpus.report(results);
        System.out.println(report);
        StringBuilder diffs = new StringBuilder(report);
        for (SectionCorpus.Result r : results) {
            if (!r.exact()) {
                diffs.append("\n== ").append(r.name()).append("\n-- expected\n");
                r.expected().forEach(x -> diffs.append(x).append('\n'));
                diffs.append("-- detected\n");
                r.detected().forEach(x -> diffs.append(x).append('\n'));
            }
        }
        Path out = Path.of("target/sections-corpus.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, diffs, StandardCharsets.UTF_8);
        long exact = results.stream().filter(SectionCorpus.Result::exact).count();
        assertTrue(exact >= REQUIRED_SHARE * results.size(), report);
    }
}
