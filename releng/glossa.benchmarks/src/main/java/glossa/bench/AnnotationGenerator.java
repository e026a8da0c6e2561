package glossa.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import glossa.core.annotations.Spans;
import glossa.core.codebook.DefaultCodebook;

/**
 * Random but reproducible annotations over a text: distinct begin offsets on non-blank characters, spans of 2–24
 * characters cut short at the next annotation, except for {@link #OVERLAP_SHARE} of them which reach into the next
 * one. The three built-in types, a few authors and statuses, an actor on every annotation, a type-specific choice on
 * most, and a memo on {@link #MEMO_SHARE} of them.
 */
public final class AnnotationGenerator {

    public static final double OVERLAP_SHARE = 0.10;
    public static final double MEMO_SHARE = 0.20;

    static final String[] TYPES = { DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY };
    private static final String[] AUTHORS = { "li.wei", "zhang.min", "a.smith", "j.doe" };
    private static final String[] ACTORS = { "OpenAI", "DeepSeek", "美国政府", "中国AI企业", "华为", "IEEE" };
    private static final String[][] CHOICES = {
            { "stance", "supportive", "critical", "neutral" },
            { "instrument", "export control", "visa rule", "standard", "alliance", "funding", "other" },
            { "domain", "technology", "policy", "ecosystem", "talent", "market" } };
    private static final long CREATED_FROM = 1_758_844_800_000L; // 2025-09-26T00:00Z, the article's date

    private AnnotationGenerator() {
    }

    /** {@code count} annotations over {@code text}, sorted by begin; the same for the same text, count and seed. */
    public static List<AnnotationSpec> generate(String text, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] begins = distinctBegins(text, count, random);
        List<AnnotationSpec> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int begin = begins[i];
            int next = i + 1 < count ? begins[i + 1] : text.length();
            int length = 2 + random.nextInt(23);
            boolean overlap = i + 1 < count && random.nextDouble() < OVERLAP_SHARE;
            int end = overlap ? Math.min(text.length(), next + 1 + length / 2) : Math.min(next, begin + length);
            int[] span = Spans.normalize(text, begin, end);
            int typeIndex = random.nextInt(TYPES.length);
            specs.add(new AnnotationSpec(id(random), TYPES[typeIndex], span[0], span[1], status(random),
                    AUTHORS[random.nextInt(AUTHORS.length)], memo(text, random), attributes(typeIndex, random),
                    CREATED_FROM + random.nextLong(30L * 24 * 3600 * 1000)));
        }
        return specs;
    }

    /** {@code count} distinct offsets of non-blank characters that do not split a surrogate pair, ascending. */
    private static int[] distinctBegins(String text, int count, SplittableRandom random) {
        int[] pool = new int[text.length()];
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Spans.isBlank(c) && !Character.isLowSurrogate(c)) {
                pool[size++] = i;
            }
        }
        if (count > size) {
            throw new IllegalArgumentException(count + " annotations do not fit on " + size + " characters");
        }
        for (int i = 0; i < count; i++) { // partial Fisher–Yates
            int j = i + random.nextInt(size - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] begins = Arrays.copyOf(pool, count);
        Arrays.sort(begins);
        return begins;
    }

    private static String id(SplittableRandom random) {
        return "a-" + new UUID(random.nextLong(), random.nextLong());
    }

    private static String status(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.75 ? "confirmed" : r < 0.95 ? "suggested" : "orphaned";
    }

    private static String memo(String text, SplittableRandom random) {
        if (random.nextDouble() >= MEMO_SHARE) {
            return null;
        }
        int from = random.nextInt(text.length() - 64);
        String excerpt = text.substring(from, from + 10 + random.nextInt(40)).replace('\n', ' ').strip();
        return "待核实: " + excerpt;
    }

    private static Map<String, String> attributes(int typeIndex, SplittableRandom random) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("actor", ACTORS[random.nextInt(ACTORS.length)]);
        if (random.nextDouble() < 0.6) {
            String[] choice = CHOICES[typeIndex];
            attributes.put(choice[0], choice[1 + random.nextInt(choice.length - 1)]);
        }
        if (typeIndex == 0 && random.nextDouble() < 0.3) {
            attributes.put("confidence", Integer.toString(random.nextInt(101)));
        }
        return attributes;
    }
}
