package glossa.exchange.refiqda;

/**
 * The GUIDs seen so far, as 128-bit numbers, with the element and line of each one's first use. Two spellings of a
 * GUID (upper or lower case, with or without braces) are the same number, so this finds duplicates as comparing
 * {@link Guids#canonical} forms would, without making a string and a map entry per GUID: a project of 200,000
 * codings holds about 600,000 GUIDs, and a {@code HashMap} of canonical strings was a seventh of its import.
 * Open addressing over parallel arrays, grown at half full. Not thread-safe.
 */
final class GuidTable {

    private long[] high;
    private long[] low;
    private int[] lines;
    /** The element that used the GUID first; null marks a free slot. */
    private String[] elements;
    private int size;

    GuidTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        lines = new int[capacity];
        elements = new String[capacity];
    }

    /**
     * Adds {@code guid} (already checked by {@link Guids#isGuid}), first used by {@code element} at {@code line};
     * returns -1 when it is new, else the slot of its first use ({@link #element}, {@link #line}), unchanged.
     */
    int add(String guid, String element, int line) {
        int from = guid.charAt(0) == '{' ? 1 : 0;
        long h = half(guid, from, 0);
        long l = half(guid, from, 16);
        int slot = find(h, l);
        if (elements[slot] != null) {
            return slot;
        }
        high[slot] = h;
        low[slot] = l;
        lines[slot] = line;
        elements[slot] = element == null ? "" : element;
        if (++size * 2 > elements.length) {
            grow();
        }
        return -1;
    }

    String element(int slot) {
        return elements[slot];
    }

    int line(int slot) {
        return lines[slot];
    }

    int size() {
        return size;
    }

    /** The slot holding {@code (h, l)}, or the free slot where it belongs. */
    private int find(long h, long l) {
        int mask = elements.length - 1;
        long mixed = (h ^ Long.rotateLeft(l, 29)) * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 32) & mask;
        while (elements[slot] != null && (high[slot] != h || low[slot] != l)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldLines = lines;
        String[] oldElements = elements;
        allocate(oldElements.length * 2);
        for (int i = 0; i < oldElements.length; i++) {
            if (oldElements[i] != null) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                lines[slot] = oldLines[i];
                elements[slot] = oldElements[i];
            }
        }
    }

    /** Sixteen hex digits of the GUID from digit {@code digit} on (0 or 16), skipping its dashes. */
    private static long half(String guid, int from, int digit) {
        long value = 0;
        int seen = 0;
        for (int i = from; seen < digit + 16; i++) {
            char c = guid.charAt(i);
            if (c == '-') {
                continue;
            }
            if (seen++ >= digit) {
                value = value << 4 | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); // checked hex
            }
        }
        return value;
    }
}
