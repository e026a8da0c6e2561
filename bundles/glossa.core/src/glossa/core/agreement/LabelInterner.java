package glossa.core.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each set of types a coder assigns at one character a small int label: 0 for "no type", then 1, 2, … in
 * order of first appearance. Sets are bit masks of {@code words} longs; only a change of a coder's set asks here.
 */
final class LabelInterner {

    private final int words;
    private final Map<Object, Integer> ids = new HashMap<>();

    LabelInterner(int words) {
        this.words = Math.max(1, words);
        id(new long[this.words], 0);
    }

    /** The label of the set {@code masks[offset, offset + words)}. */
    int id(long[] masks, int offset) {
        Object key = words == 1 ? (Object) masks[offset] : new Key(Arrays.copyOfRange(masks, offset, offset + words));
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    /** How many labels there are so far. */
    int size() {
        return ids.size();
    }

    private record Key(long[] words) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
