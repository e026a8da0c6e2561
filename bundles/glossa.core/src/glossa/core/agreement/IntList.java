package glossa.core.agreement;

import java.util.Arrays;

/** A growable list of ints, without boxing. */
final class IntList {

    private int[] values = new int[8];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The backing array; its first {@link #size()} entries are the values. */
    int[] array() {
        return values;
    }
}
