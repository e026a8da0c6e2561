package glossa.bench;

/** Shallow sizes of JDK objects on a 64-bit HotSpot with compressed oops and compact strings (the default). */
final class Footprint {

    private Footprint() {
    }

    /** A String and its byte array: 24 + 16 + (1 or 2 bytes a char), each rounded up to 8. */
    static long ofString(String s) {
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        long array = align(16 + (long) s.length() * (latin1 ? 1 : 2));
        return 24 + array;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
