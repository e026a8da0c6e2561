package glossa.core.agreement;

/**
 * A stable least-significant-digit radix sort of non-negative int keys (11 bits per pass, so at most three passes
 * for keys below 2^33), optionally carrying a value per key. Linear in the number of keys, whatever their range,
 * which keeps agreement linear in the annotations: no comparison sort anywhere on its path.
 */
final class IntRadixSort {

    private static final int BITS = 11;
    private static final int SMALL = 48;

    private IntRadixSort() {
    }

    /** Sorts {@code keys[0, n)} ascending; {@code values}, when not null, moves with its key. */
    static void sort(int[] keys, int[] values, int n) {
        if (n < 2) {
            return;
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] < 0) {
                throw new IllegalArgumentException("negative key " + keys[i]);
            }
            max = Math.max(max, keys[i]);
        }
        if (n < SMALL) {
            insertionSort(keys, values, n);
            return;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(max);
        int[] fromKeys = keys;
        int[] fromValues = values;
        int[] toKeys = new int[n];
        int[] toValues = values == null ? null : new int[n];
        int[] counts = new int[1 << BITS];
        for (int shift = 0; shift < bits; shift += BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(fromKeys[i] >>> shift) & ((1 << BITS) - 1)]++;
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = counts[(fromKeys[i] >>> shift) & ((1 << BITS) - 1)]++;
                toKeys[at] = fromKeys[i];
                if (values != null) {
                    toValues[at] = fromValues[i];
                }
            }
            int[] swap = fromKeys;
            fromKeys = toKeys;
            toKeys = swap;
            swap = fromValues;
            fromValues = toValues;
            toValues = swap;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, n);
            if (values != null) {
                System.arraycopy(fromValues, 0, values, 0, n);
            }
        }
    }

    private static void insertionSort(int[] keys, int[] values, int n) {
        for (int i = 1; i < n; i++) {
            int key = keys[i];
            int value = values == null ? 0 : values[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                if (values != null) {
                    values[j + 1] = values[j];
                }
                j--;
            }
            keys[j + 1] = key;
            if (values != null) {
                values[j + 1] = value;
            }
        }
    }
}
