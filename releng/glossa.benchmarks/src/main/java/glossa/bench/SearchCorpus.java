package glossa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic case for the search benchmark: {@code count} articles of about {@code bytesEach} bytes of UTF-8 each,
 * written under a folder. Sentences of Chinese words drawn from the sample article's own characters, one sentence in
 * ten English, paragraphs of the real sample mixed in, and marker terms at known rates:
 * 量子封锁令 in 1 % of the articles (rare), 算力许可证 in 10 % (a few times each), "export controls" in 10 %
 * (none of them occurs in the sample, so the rates are exact; the sample's own words, such as 政策, occur everywhere).
 */
final class SearchCorpus {

    static final String RARE = "量子封锁令";
    static final String MEDIUM = "算力许可证";
    static final String PHRASE = "export controls";

    private static final String[] ENGLISH = ("the of and to in policy model open weights chips compute rules export "
            + "training data security research government industry market standard alliance visa talent open-source "
            + "framework cost efficiency access license cloud").split(" ");

    private SearchCorpus() {
    }

    /** Writes the case; returns the total size in bytes. Deterministic for a given seed. */
    static long write(Path root, int count, int bytesEach, long seed) throws IOException {
        String sample = SampleArticle.text();
        List<String> paragraphs = sample.lines().filter(l -> l.strip().length() > 20).toList();
        Set<Integer> hanSet = new LinkedHashSet<>();
        sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .forEach(hanSet::add);
        int[] han = hanSet.stream().mapToInt(Integer::intValue).toArray();
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(3);
            for (int k = 0; k < length; k++) {
                word.appendCodePoint(han[random.nextInt(han.length)]);
            }
            words.add(word.toString());
        }
        Files.createDirectories(root);
        long total = 0;
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder(bytesEach / 2);
            text.append("第").append(a + 1).append("篇：政策观察\n\n");
            int paragraph = 0;
            while (text.length() * 3 < bytesEach) {
                if (paragraph % 3 == 0) {
                    text.append(toChinesePart(paragraph / 3 + 1)).append("、部分").append(paragraph / 3 + 1)
                            .append("\n\n");
                }
                if (random.nextInt(5) == 0) {
                    text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                } else {
                    int sentences = 3 + random.nextInt(5);
                    for (int s = 0; s < sentences; s++) {
                        sentence(text, random, words);
                    }
                    text.append("\n\n");
                }
                paragraph++;
            }
            if (a % 100 == 7) {
                insert(text, random, "美国商务部发布了新的" + RARE + "。");
            }
            if (a % 10 == 3) {
                for (int k = 0; k < 3; k++) {
                    insert(text, random, "高端芯片的" + MEDIUM + "再次收紧。");
                }
            }
            if (a % 10 == 5) {
                insert(text, random, "Analysts expect " + PHRASE + " to tighten again. ");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Path file = root.resolve(String.format("a%02d/article-%04d.txt", a % 20, a));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            total += bytes.length;
        }
        return total;
    }

    private static void sentence(StringBuilder text, Random random, List<String> words) {
        if (random.nextInt(10) == 0) {
            int n = 8 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                String word = ENGLISH[random.nextInt(ENGLISH.length)];
                text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(i + 1 < n ? " " : ". ");
            }
            return;
        }
        int n = 6 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            text.append(words.get(random.nextInt(words.size())));
            if (i + 1 < n && random.nextInt(6) == 0) {
                text.append('，');
            }
        }
        text.append(random.nextInt(8) == 0 ? '！' : '。');
    }

    /** Puts a sentence at a paragraph start somewhere in the text. */
    private static void insert(StringBuilder text, Random random, String sentence) {
        int at = text.indexOf("\n\n", random.nextInt(text.length()));
        at = at < 0 ? text.length() : at + 2;
        text.insert(at, sentence);
    }

    private static String toChinesePart(int n) {
        String digits = "零一二三四五六七八九";
        return n < 10 ? String.valueOf(digits.charAt(n)) : n < 20 ? "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10))
                : String.valueOf(digits.charAt(n / 10)) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
