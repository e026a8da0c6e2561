package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionIndex;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.suggest.ClauseFeatures;
import glossa.suggest.CueRule;
import glossa.suggest.CueRules;
import glossa.suggest.LogisticRegression;
import glossa.suggest.RegexFirstChars;
import glossa.suggest.SuggestionInput;
import glossa.suggest.TextUnits;

/**
 * The faster paths of suggesting and training give what the plain ones gave: the feature keys are the string
 * features one to one, a cue rule is only skipped where it cannot match, and the logistic regression's numbers are
 * those of the straightforward loop it replaced.
 */
class SuggestSpeedupsTest {

    /** Chinese, emoji (surrogate pairs), accented and dotted Latin, a "t:" that meets a title char, blanks. */
    private static final String MIXED = "美国要求许可，企业须申报；违者罚款😀。\nİstanbul's Café said tariffs will rise 1.5%, "
            + "note t:中 and T:x here.  \t\u3000政府宣布芯片禁令🇨🇳！Self-reliance: ÀÉÎ naïve façade; a b c\n"
            + "\uD800 lone surrogate, 𝐀𝐁𝐂 maths letters, ǅ title case。";

    private static SuggestionInput withSections(String text) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setBegin(0);
        section.setEnd(text.indexOf('\n', text.indexOf('\n') + 1) + 1); // the first two lines
        section.setTitle("中 x 第一节 Über");
        return new SuggestionInput(text, new SectionIndex(List.of(section)));
    }

    @Test
    void featureKeysAreTheStringFeaturesOneToOneOnCjkEmojiAndLatinText() {
        SuggestionInput input = withSections(MIXED);
        ClauseFeatures features = new ClauseFeatures(CueRules.defaults());
        ClauseFeatures.Scratch scratch = features.newScratch();
        Map<String, Long> keyOf = new HashMap<>();
        Map<Long, String> stringOf = new HashMap<>();
        boolean titleMetGram = false;
        for (int[] clause : TextUnits.clauses(MIXED)) {
            List<String> strings = new ArrayList<>(new LinkedHashSet<>(features.of(input, clause[0], clause[1])));
            long[] keys = features.keys(input, clause[0], clause[1], scratch);
            assertEquals(strings.size(), keys.length, MIXED.substring(clause[0], clause[1]));
            for (int i = 0; i < keys.length; i++) {
                Long before = keyOf.putIfAbsent(strings.get(i), keys[i]);
                assertTrue(before == null || before == keys[i], "one string, one key: " + strings.get(i));
                String other = stringOf.putIfAbsent(keys[i], strings.get(i));
                assertTrue(other == null || other.equals(strings.get(i)), "one key, one string: " + strings.get(i));
            }
            titleMetGram |= strings.contains("t:中") && MIXED.substring(clause[0], clause[1]).contains("t:中");
        }
        assertTrue(titleMetGram, "the title char 中 and the n-gram \"t:中\" are one feature, in both forms");
        assertTrue(keyOf.containsKey("w:stanbul") || keyOf.containsKey("w:i̇stanbul"), keyOf.keySet().toString());
        assertTrue(keyOf.containsKey("😀"), "a surrogate pair is one 2-gram");
        assertTrue(keyOf.containsKey("cue:policy-measure"));
    }

    @Test
    void firstCharsOfCommonRegexShapes() {
        assertEquals(chars("禁不"), first("禁止|不得"));
        assertEquals(chars("xy"), first("x?y"));
        assertEquals(chars("abAB"), first("(?i)\\b(a|b)c"));
        assertEquals(chars("0123456789 \t\n\u000B\f\r"), first("^\\s*\\d{4}\\s*年"));
        assertEquals(chars("出进管"), first("(出口|进口)(管制)|管制措施"));
        assertEquals(chars("列"), first("列入.{0,12}清单"));
        assertEquals(chars("abcdxyzABCDXYZ"), first("(?i)[a-d]|[x-z]+"));
        assertNull(first("a*"), "can match nothing");
        assertNull(first("a|"), "can match nothing");
        assertNull(first(".abc"));
        assertNull(first("(?<=x)a"));
        assertNull(first("\\p{L}+"));
        assertNull(first("[^a]"));
        assertNull(first("(?x) a"));
        assertNotNull(first("(?<span>禁止)出口"));
    }

    private static BitSet first(String regex) {
        return RegexFirstChars.of(Pattern.compile(regex));
    }

    private static BitSet chars(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }

    /** Where a rule matches a unit, the unit holds one of its first chars: skipping the others loses nothing. */
    @Test
    void aDefaultRuleMatchesOnlyUnitsThatHoldOneOfItsFirstChars() throws Exception {
        StringBuilder texts = new StringBuilder(MIXED).append('\n');
        for (GoldArticles.GoldArticle article : GoldArticles.load(GoldArticles.folder())) {
            texts.append(article.input().text()).append('\n');
        }
        Random random = new Random(7);
        String alphabet = "禁止不得出口管制关税认为可能将会 \t\n0123456789.,%$SsAaBbTtWwIiKkſK-:年月日";
        for (int i = 0; i < 20_000; i++) {
            texts.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = texts.toString();
        List<int[]> units = new ArrayList<>(TextUnits.clauses(text));
        units.addAll(TextUnits.sentences(text));
        int bounded = 0;
        for (CueRule rule : CueRules.defaults().rules()) {
            BitSet first = RegexFirstChars.of(rule.pattern());
            if (first == null) {
                continue;
            }
            bounded++;
            Matcher matcher = rule.pattern().matcher(text);
            for (int[] unit : units) {
                if (matcher.region(unit[0], unit[1]).find()) {
                    assertTrue(first.get(text.charAt(matcher.start())), rule.pattern() + " at " + matcher.start());
                }
            }
        }
        assertTrue(bounded >= 30, "most default rules can be skipped where they cannot match: " + bounded);
    }

    /** The straightforward loop the learner used before: per feature, per class, in one pass. */
    private static double[] referencePosterior(List<String> labels, List<List<String>> examples, int epochs,
            List<String> query) {
        List<String> classes = new ArrayList<>(new LinkedHashSet<>(labels));
        int n = classes.size();
        Map<String, Integer> index = new HashMap<>();
        List<int[]> sets = new ArrayList<>();
        int[] targets = new int[labels.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = classes.indexOf(labels.get(i));
            sets.add(new LinkedHashSet<>(examples.get(i)).stream()
                    .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray());
        }
        double[] weights = new double[index.size() * n];
        double[] bias = new double[n];
        double[] classWeight = new double[n];
        for (int t : targets) {
            classWeight[t]++;
        }
        for (int c = 0; c < n; c++) {
            classWeight[c] = targets.length / (n * classWeight[c]);
        }
        int[] order = new int[targets.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(42);
        double[] p = new double[n];
        double[] gradient = new double[n];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = 1.0 / (1 + epoch);
            for (int i : order) {
                int[] features = sets.get(i);
                double scale = 4.0 / Math.sqrt(features.length + 1);
                softmax(features, weights, bias, p, scale);
                for (int c = 0; c < n; c++) {
                    gradient[c] = classWeight[targets[i]] * (p[c] - (c == targets[i] ? 1 : 0));
                    bias[c] -= rate * gradient[c];
                }
                for (int f : features) {
                    for (int c = 0; c < n; c++) {
                        weights[f * n + c] -= rate * (gradient[c] * scale + 1e-5 * weights[f * n + c]);
                    }
                }
            }
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(query);
        int[] known = distinct.stream().filter(index::containsKey).mapToInt(index::get).toArray();
        softmax(known, weights, bias, p, 4.0 / Math.sqrt(distinct.size() + 1));
        return p;
    }

    private static void softmax(int[] features, double[] weights, double[] bias, double[] p, double scale) {
        int n = p.length;
        System.arraycopy(bias, 0, p, 0, n);
        for (int f : features) {
            for (int c = 0; c < n; c++) {
                p[c] += weights[f * n + c] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < n; c++) {
            p[c] /= sum;
        }
    }

    @Test
    void logisticRegressionGivesTheNumbersOfThePlainLoopToTheLastBit() {
        Random random = new Random(3);
        for (int classes = 1; classes <= 7; classes++) {
            List<String> labels = new ArrayList<>();
            List<List<String>> examples = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int label = random.nextInt(classes);
                labels.add("c" + label);
                List<String> features = new ArrayList<>();
                for (int k = random.nextInt(40); k >= 0; k--) {
                    features.add("f" + (random.nextBoolean() ? label * 10 + random.nextInt(10) : random.nextInt(200)));
                }
                examples.add(features);
            }
            LogisticRegression model = new LogisticRegression(12, 1.0, 1e-5);
            model.train(labels, examples);
            for (int q = 0; q < 20; q++) {
                List<String> query = List.of("f" + random.nextInt(220), "f" + random.nextInt(220), "unseen",
                        "f" + random.nextInt(220));
                double[] expected = referencePosterior(labels, examples, 12, query);
                double[] actual = model.posterior(query).values().stream().mapToDouble(Double::doubleValue).toArray();
                assertArrayEquals(expected, actual, 0.0, classes + " classes, " + query);
            }
        }
    }
}
