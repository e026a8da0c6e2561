package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.List;

/**
 * The GUIDs seen so far, as 128-bit numbers, with the element and line of each one's first use. Two spellings of a
 * GUID (upper or lower case, with or without braces) are the same number, so this finds duplicates as comparing
 * {@link Guids#canonical} forms would, without a string, a record and a map entry per GUID (a project of 200,000
 * codings holds about 600,000 GUIDs). Open addressing over one array, three longs a slot (the two halves, then the
 * line, the element's index and a used bit), so that a look-up touches one place in memory. Not thread-safe.
 */
final class GuidTable {

    private static final long USED = 1L << 63;

    private long[] slots;
    private final List<String> elementNames = new ArrayList<>();
    private String lastElement;
    private int lastIndex;
    private int size;

    GuidTable(int expected) {
        slots = new long[3 * (Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1)];
    }

    /** What {@link #add} returns for a value that is not a GUID. */
    static final int NOT_A_GUID = -2;

    /**
     * Checks {@code guid} as {@link Guids#isGuid} does and adds it, first used by {@code element} at {@code line}, in
     * one pass over its characters (an import adds one per element it reads). Returns {@link #NOT_A_GUID} when it is
     * not a GUID, -1 when it is new, else the slot of its first use ({@link #element}, {@link #line}), unchanged.
     */
    int add(String guid, String element, int line) {
        int length = guid.length();
        int from = length > 0 && guid.charAt(0) == '{' ? 1 : 0;
        int to = length > 0 && guid.charAt(length - 1) == '}' ? length - 1 : length;
        if (to - from != 36) {
            return NOT_A_GUID;
        }
        long h = 0;
        long l = 0;
        for (int i = 0; i < 36; i++) {
            char c = guid.charAt(from + i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return NOT_A_GUID;
                }
                continue;
            }
            int nibble = hexDigit(c);
            if (nibble < 0) {
                return NOT_A_GUID;
            }
            if (i < 18) {
                h = h << 4 | nibble;
            } else {
                l = l << 4 | nibble;
            }
        }
        int at = find(slots, h, l);
        if (slots[at + 2] != 0) {
            return at;
        }
        slots[at] = h;
        slots[at + 1] = l;
        slots[at + 2] = USED | (long) line << 16 | index(element);
        if (++size * 3 > slots.length / 3 * 2) { // two thirds full
            grow();
        }
        return -1;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    String element(int slot) {
        return elementNames.get((int) (slots[slot + 2] & 0xFFFF));
    }

    int line(int slot) {
        return (int) (slots[slot + 2] >>> 16);
    }

    int size() {
        return size;
    }

    /** The element name's index: a project uses a handful, nearly always the one before. */
    private int index(String element) {
        String name = element == null ? "" : element;
        if (name.equals(lastElement)) {
            return lastIndex;
        }
        int i = elementNames.indexOf(name);
        if (i < 0) {
            i = elementNames.size() < 0xFFFF ? elementNames.size() : 0xFFFF;
            if (i < 0xFFFF) {
                elementNames.add(name);
            }
        }
        lastElement = name;
        lastIndex = Math.min(i, elementNames.size() - 1);
        return lastIndex;
    }

    /** The first long of the slot holding {@code (h, l)}, or of the free slot where it belongs. */
    private static int find(long[] slots, long h, long l) {
        int mask = slots.length / 3 - 1;
        long mixed = (h ^ Long.rotateLeft(l, 29)) * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 32) & mask;
        while (slots[slot * 3 + 2] != 0 && (slots[slot * 3] != h || slots[slot * 3 + 1] != l)) {
            slot = slot + 1 & mask;
        }
        return slot * 3;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[(old.length / 3) * 2 * 3];
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 2] != 0) {
                int at = find(slots, old[i], old[i + 1]);
                slots[at] = old[i];
                slots[at + 1] = old[i + 1];
                slots[at + 2] = old[i + 2];
            }
        }
    }
}
