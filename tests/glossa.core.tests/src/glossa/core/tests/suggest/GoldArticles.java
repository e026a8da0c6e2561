package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import glossa.core.sections.SectionDetector;
import glossa.core.sections.SectionIndex;
import glossa.suggest.GoldFile;
import glossa.suggest.GoldSpan;
import glossa.suggest.SuggestionInput;

/** The hand-coded evaluation set under tests/fixtures/gold: NAME.txt with NAME.gold.tsv. */
final class GoldArticles {

    record GoldArticle(String name, SuggestionInput input, List<GoldSpan> gold) {
    }

    private GoldArticles() {
    }

    static Path folder() {
        String repo = System.getProperty("glossa.repo");
        assertNotNull(repo, "system property glossa.repo is not set");
        return Path.of(repo, "tests", "fixtures", "gold");
    }

    static List<GoldArticle> load(Path folder) throws IOException, GoldFile.GoldException {
        List<GoldArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path gold : files.filter(f -> f.getFileName().toString().endsWith(".gold.tsv")).sorted().toList()) {
                String name = gold.getFileName().toString().replace(".gold.tsv", "");
                String text = Files.readString(folder.resolve(name + ".txt"), StandardCharsets.UTF_8);
                SuggestionInput input = new SuggestionInput(text, new SectionIndex(SectionDetector.detect(text)));
                articles.add(new GoldArticle(name, input, GoldFile.read(gold, text)));
            }
        }
        return articles;
    }
}
