package glossa.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows the sample into a long Chinese/English article: copies of it, each under its own part heading, every second
 * copy with key terms in English, every third with English editor's notes after its chapter headings, and the page
 * counts varied, so that no two parts are byte-identical (compressors and string deduplication get no free ride).
 */
public final class ArticleGenerator {

    private static final String[][] ENGLISH_TERMS = {
            { "人工智能", "artificial intelligence" }, { "美国政府", "the U.S. government" },
            { "技术封锁", "technology blockade" }, { "出口管制", "export controls" }, { "开源", "open source" },
            { "芯片", "chips" }, { "人才", "talent" } };

    private static final List<String> ENGLISH_NOTES = List.of(
            "Editor's note: the proposal was filed as a public comment and has not been adopted.",
            "Editor's note: figures quoted here come from the companies themselves and were not verified.",
            "Editor's note: the Entity List is maintained by the Bureau of Industry and Security.",
            "Editor's note: open-weight models can be downloaded and run without the vendor's consent.",
            "Editor's note: several of the measures would need new legislation rather than an executive order.",
            "Editor's note: analysts disagree on how far training costs have really fallen.");

    private ArticleGenerator() {
    }

    /** An article of at least {@code minUtf8Bytes} bytes in UTF-8, the same for the same sample and seed. */
    public static String generate(String sample, int minUtf8Bytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String body = sample.replace("\r\n", "\n");
        StringBuilder article = new StringBuilder(minUtf8Bytes / 2);
        int bytes = 0;
        for (int part = 1; bytes < minUtf8Bytes; part++) {
            String copy = vary(body, part, random);
            String heading = "第" + part + "部分 · Part " + part + ": OpenAI, DeepSeek and the policy debate\n\n";
            article.append(heading).append(copy);
            if (!copy.endsWith("\n")) {
                article.append('\n');
            }
            article.append('\n');
            bytes += heading.getBytes(StandardCharsets.UTF_8).length + copy.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return article.toString();
    }

    private static String vary(String body, int part, SplittableRandom random) {
        String copy = body.replace("15页", (15 + part % 9) + "页");
        if (part % 2 == 0) {
            for (String[] term : ENGLISH_TERMS) {
                copy = copy.replace(term[0], " " + term[1] + " ");
            }
        }
        if (part % 3 == 0) {
            StringBuilder noted = new StringBuilder(copy.length() + 1024);
            for (String line : copy.split("\n", -1)) {
                noted.append(line).append('\n');
                if (SectionLayout.CHAPTER.matcher(line).matches()) {
                    noted.append('\n').append(ENGLISH_NOTES.get(random.nextInt(ENGLISH_NOTES.size()))).append('\n');
                }
            }
            noted.setLength(noted.length() - 1);
            copy = noted.toString();
        }
        return copy;
    }
}
