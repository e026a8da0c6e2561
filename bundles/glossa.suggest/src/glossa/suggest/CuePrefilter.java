package glossa.suggest;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cue rules can match in a unit, from one look at each of its chars: a rule whose regex can only begin with
 * chars the unit lacks ({@link RegexFirstChars}) cannot match there, and its regex is not run. This leaves the
 * results unchanged (a skipped rule could not have matched) and saves most of the regex work, since a rule's first
 * chars occur in few clauses. A rule whose first chars cannot be bounded is always a candidate.
 */
final class CuePrefilter {

    private final int words;
    /** Per char value, its row in {@link #masks}; row 0 is "no rule begins with this char". */
    private final int[] rowOf;
    /** Rows of {@link #words} longs: bit r set when rule r can begin with the row's chars. */
    private final long[] masks;
    /** Rules that may begin with any char. */
    private final long[] always;

    private CuePrefilter(int words, int[] rowOf, long[] masks, long[] always) {
        this.words = words;
        this.rowOf = rowOf;
        this.masks = masks;
        this.always = always;
    }

    static CuePrefilter of(List<CueRule> rules) {
        int words = Math.max(1, (rules.size() + 63) / 64);
        long[] always = new long[words];
        BitSet[] firstChars = new BitSet[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            firstChars[r] = RegexFirstChars.of(rules.get(r).pattern());
            if (firstChars[r] == null) {
                always[r >>> 6] |= 1L << r;
            }
        }
        // Group chars by the set of rules they can begin: one row per distinct set.
        long[][] perChar = new long[Character.MAX_VALUE + 1][];
        for (int r = 0; r < rules.size(); r++) {
            if (firstChars[r] != null) {
                for (int c = firstChars[r].nextSetBit(0); c >= 0; c = firstChars[r].nextSetBit(c + 1)) {
                    if (perChar[c] == null) {
                        perChar[c] = new long[words];
                    }
                    perChar[c][r >>> 6] |= 1L << r;
                }
            }
        }
        Map<String, Integer> rows = new HashMap<>();
        long[] masks = new long[words * 16];
        int used = 1;
        int[] rowOf = new int[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (perChar[c] == null) {
                continue;
            }
            String key = Arrays.toString(perChar[c]);
            Integer row = rows.get(key);
            if (row == null) {
                row = used++;
                rows.put(key, row);
                if (masks.length < used * words) {
                    masks = Arrays.copyOf(masks, masks.length * 2);
                }
                System.arraycopy(perChar[c], 0, masks, row * words, words);
            }
            rowOf[c] = row;
        }
        return new CuePrefilter(words, rowOf, masks, always);
    }

    /** A fresh candidate set, to pass to {@link #candidates}. */
    long[] newSet() {
        return new long[words];
    }

    /** Fills {@code into} with the rules that can match somewhere in {@code text[begin, end)}; returns it. */
    long[] candidates(String text, int begin, int end, long[] into) {
        System.arraycopy(always, 0, into, 0, words);
        if (words == 1) {
            long mask = into[0];
            for (int i = begin; i < end; i++) {
                mask |= masks[rowOf[text.charAt(i)]];
            }
            into[0] = mask;
            return into;
        }
        for (int i = begin; i < end; i++) {
            int row = rowOf[text.charAt(i)];
            if (row != 0) {
                int at = row * words;
                for (int w = 0; w < words; w++) {
                    into[w] |= masks[at + w];
                }
            }
        }
        return into;
    }

    static boolean contains(long[] set, int rule) {
        return (set[rule >>> 6] & (1L << rule)) != 0;
    }

    /** Whether rule {@code rule} is in the {@code unit}-th of the candidate sets laid one after the other. */
    boolean contains(long[] sets, int unit, int rule) {
        return (sets[unit * words + (rule >>> 6)] & (1L << rule)) != 0;
    }
}
