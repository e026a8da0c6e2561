package glossa.suggest;

import java.util.Arrays;

/**
 * Numbers features (long keys, see {@link ClauseFeatures}) 0, 1, 2... in the order first seen: an open-addressing
 * hash table of primitives, since a boxed map per feature lookup was most of the cost of training.
 */
final class FeatureIndex {

    private long[] keys = new long[1024];
    private int[] values = filled(1024);
    private int size;

    private static int[] filled(int length) {
        int[] values = new int[length];
        Arrays.fill(values, -1);
        return values;
    }

    static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    /** The number of {@code key}, or -1 when it was never added. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value < 0 || keys[slot] == key) {
                return value;
            }
        }
    }

    /** The number of {@code key}, numbering it next when it is new. */
    int add(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value < 0) {
                keys[slot] = key;
                values[slot] = size;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
            if (keys[slot] == key) {
                return value;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
