package glossa.core.tests;

import java.util.Arrays;
import java.util.Random;

/**
 * Ways to spoil a valid input for the fuzz tests. Each draws from {@code random} in a fixed order, so a fixed seed
 * gives the same cases on every run.
 */
public final class ByteMutations {

    private ByteMutations() {
    }

    /** The first random number of bytes (maybe none, maybe all). */
    public static byte[] truncate(byte[] valid, Random random) {
        return Arrays.copyOf(valid, random.nextInt(valid.length + 1));
    }

    /** 1 to 20 bytes set to random values. */
    public static byte[] flipBytes(byte[] valid, Random random) {
        byte[] out = valid.clone();
        for (int k = 0, n = 1 + random.nextInt(20); k < n; k++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** 1 to 64 random bytes inserted at a random place. */
    public static byte[] insertNoise(byte[] valid, Random random) {
        int at = random.nextInt(valid.length);
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        return insert(valid, at, noise, 0, noise.length);
    }

    /** Up to 4 KiB of random bytes, nothing of the valid input. */
    public static byte[] noise(Random random) {
        byte[] out = new byte[random.nextInt(4096)];
        random.nextBytes(out);
        return out;
    }

    /** A chunk of up to 512 bytes copied to a random place. */
    public static byte[] duplicateChunk(byte[] valid, Random random) {
        int from = random.nextInt(valid.length);
        int length = Math.min(valid.length - from, 1 + random.nextInt(512));
        int at = random.nextInt(valid.length);
        return insert(valid, at, valid, from, length);
    }

    /** One ASCII digit replaced by a random digit (XML and JSON stay well-formed); unchanged if no digit is hit. */
    public static byte[] changeDigit(byte[] valid, Random random) {
        byte[] out = valid.clone();
        for (int tries = 0; tries < 1000; tries++) {
            int at = random.nextInt(out.length);
            if (out[at] >= '0' && out[at] <= '9') {
                out[at] = (byte) ('0' + random.nextInt(10));
                break;
            }
        }
        return out;
    }

    private static byte[] insert(byte[] valid, int at, byte[] source, int from, int length) {
        byte[] out = new byte[valid.length + length];
        System.arraycopy(valid, 0, out, 0, at);
        System.arraycopy(source, from, out, at, length);
        System.arraycopy(valid, at, out, at + length, valid.length - at);
        return out;
    }
}
