package glossa.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import glossa.model.Section;

/**
 * The features of a clause for the learning recommender: character 1-3-grams of the clause (ASCII lower-cased), its
 * English words, which types' cue rules match it (counted three times: a cue is worth more than one n-gram), where
 * it lies in its section (first, early, late, last quarter) and the characters of the section's title.
 * <p>
 * {@link #of} spells them as strings (readable, and the reference); the learner uses {@link #keys}, the same features
 * as distinct {@code long}s, built without a string per n-gram. An n-gram of n chars is its chars packed with n in
 * bits 48 and up; a title char {@code c} is the 3-gram "t:c", which is what the string "t:c" would also be as an
 * n-gram (the two namespaces met in the strings, so they meet here too); every longer feature ("w:", "cue:", "pos:")
 * is numbered on first sight. Equal strings give equal keys and different strings different keys.
 */
public final class ClauseFeatures {

    private static final int CUE_WEIGHT = 3;

    private static final long NAMED = 4L << 48;

    private final CueRules rules;
    /** Features longer than 3 chars, numbered on first sight; training and suggesting may run on two threads. */
    private final Map<String, Long> named = new ConcurrentHashMap<>();
    /** Per rule, "cue:" and its type, or null for a rule that gives no feature (veto, phrase). */
    private final String[] cueFeatures;

    public ClauseFeatures(CueRules rules) {
        this.rules = rules;
        List<CueRule> all = rules.rules();
        cueFeatures = new String[all.size()];
        for (int r = 0; r < all.size(); r++) {
            CueRule rule = all.get(r);
            cueFeatures[r] = rule.isVeto() || rule.unit() == UnitKind.PHRASE ? null : "cue:" + rule.typeId();
        }
    }

    public List<String> of(SuggestionInput input, int begin, int end) {
        String text = input.text();
        String clause = text.substring(begin, end).toLowerCase(Locale.ROOT);
        List<String> features = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= clause.length(); i++) {
                String gram = clause.substring(i, i + n);
                if (!gram.isBlank() && (n > 1 || !Character.isLetter(gram.charAt(0)) || gram.charAt(0) > 0x7f)) {
                    features.add(gram);
                }
            }
        }
        for (String word : clause.split("[^\\p{IsLatin}]+")) {
            if (word.length() > 2) {
                features.add("w:" + word);
            }
        }
        for (CueRule rule : rules.rules()) {
            if (rule.isVeto() || rule.unit() == UnitKind.PHRASE) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(text).region(begin, end);
            if (matcher.find()) {
                for (int k = 0; k < CUE_WEIGHT; k++) {
                    features.add("cue:" + rule.typeId());
                }
            }
        }
        Section section = input.sectionAt(begin);
        if (section != null && section.getEnd() > section.getBegin()) {
            int quarter = (int) Math.min(3, 4L * (begin - section.getBegin()) / (section.getEnd() - section.getBegin()));
            features.add("pos:" + quarter);
            String title = section.getTitle() == null ? "" : section.getTitle();
            for (int i = 0; i < title.length(); i++) {
                if (!Character.isWhitespace(title.charAt(i))) {
                    features.add("t:" + title.charAt(i));
                }
            }
        } else {
            features.add("pos:none");
        }
        return features;
    }

    /** Scratch space for {@link #keys}, reused from clause to clause by one thread. */
    public Scratch newScratch() {
        return new Scratch(rules);
    }

    /**
     * The distinct features of {@link #of} as keys, in the order they first occur there: equal features give equal
     * keys, different features different keys.
     */
    public long[] keys(SuggestionInput input, int begin, int end, Scratch scratch) {
        String text = input.text();
        String clause = text.substring(begin, end).toLowerCase(Locale.ROOT);
        Section section = input.sectionAt(begin);
        String title = section == null || section.getTitle() == null ? "" : section.getTitle();
        scratch.start(4 * clause.length() + title.length() + cueFeatures.length + 8);
        int length = clause.length();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= length; i++) {
                long packed = 0;
                boolean blank = true;
                for (int k = i; k < i + n; k++) {
                    char c = clause.charAt(k);
                    packed = packed << 16 | c;
                    blank &= Character.isWhitespace(c);
                }
                char first = clause.charAt(i);
                if (!blank && (n > 1 || !Character.isLetter(first) || first > 0x7f)) {
                    scratch.add((long) n << 48 | packed);
                }
            }
        }
        for (int i = 0; i < length;) {
            int wordEnd = i;
            while (wordEnd < length && isLatin(clause.codePointAt(wordEnd))) {
                wordEnd += Character.charCount(clause.codePointAt(wordEnd));
            }
            if (wordEnd - i > 2) {
                scratch.add(named("w:" + clause.substring(i, wordEnd)));
            }
            i = wordEnd == i ? i + Character.charCount(clause.codePointAt(i)) : wordEnd;
        }
        long[] candidates = scratch.candidates(text, begin, end);
        for (int r = 0; r < cueFeatures.length; r++) {
            if (cueFeatures[r] != null && CuePrefilter.contains(candidates, r)
                    && scratch.matcher(r, text).region(begin, end).find()) {
                scratch.add(named(cueFeatures[r]));
            }
        }
        if (section != null && section.getEnd() > section.getBegin()) {
            int quarter = (int) Math.min(3, 4L * (begin - section.getBegin()) / (section.getEnd() - section.getBegin()));
            scratch.add(named("pos:" + quarter));
            for (int i = 0; i < title.length(); i++) {
                if (!Character.isWhitespace(title.charAt(i))) {
                    scratch.add(3L << 48 | (long) 't' << 32 | (long) ':' << 16 | title.charAt(i));
                }
            }
        } else {
            scratch.add(named("pos:none"));
        }
        return scratch.result();
    }

    /** As {@code [^\p{IsLatin}]} splits words: the code point is in the Latin script. */
    private static boolean isLatin(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z';
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    private long named(String feature) {
        Long key = named.get(feature);
        if (key == null) {
            synchronized (named) {
                key = named.computeIfAbsent(feature, f -> NAMED | named.size());
            }
        }
        return key;
    }

    /** A thread's reusable tables: the set of keys seen in the clause, and a matcher per rule. */
    public static final class Scratch {
        private final CuePrefilter prefilter;
        private final CueRules rules;
        private final long[] candidates;
        private final Matcher[] matchers;
        private String text;
        private long[] table = new long[0];
        private int[] stamps = new int[0];
        private int generation;
        private long[] found = new long[256];
        private int count;

        Scratch(CueRules rules) {
            this.rules = rules;
            this.prefilter = rules.prefilter();
            this.candidates = prefilter.newSet();
            this.matchers = new Matcher[rules.rules().size()];
        }

        void start(int atMost) {
            if (table.length < 2 * atMost) {
                int size = Integer.highestOneBit(Math.max(64, 2 * atMost)) << 1;
                table = new long[size];
                stamps = new int[size];
                generation = 0;
            }
            if (found.length < atMost) {
                found = new long[atMost];
            }
            if (++generation == Integer.MAX_VALUE) {
                Arrays.fill(stamps, 0);
                generation = 1;
            }
            count = 0;
        }

        void add(long key) {
            int mask = table.length - 1;
            int slot = FeatureIndex.hash(key) & mask;
            while (stamps[slot] == generation) {
                if (table[slot] == key) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            stamps[slot] = generation;
            table[slot] = key;
            found[count++] = key;
        }

        long[] result() {
            return Arrays.copyOf(found, count);
        }

        long[] candidates(String text, int begin, int end) {
            return prefilter.candidates(text, begin, end, candidates);
        }

        Matcher matcher(int rule, String text) {
            if (this.text != text) {
                Arrays.fill(matchers, null);
                this.text = text;
            }
            if (matchers[rule] == null) {
                matchers[rule] = rules.rules().get(rule).pattern().matcher(text);
            }
            return matchers[rule];
        }
    }
}
