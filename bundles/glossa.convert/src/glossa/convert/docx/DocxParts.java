package glossa.convert.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import glossa.convert.ConversionException;

/**
 * The parts of a Word file that the converter reads, out of its zip, within bounds: at most {@link #MAX_ENTRIES}
 * entries, {@link #MAX_PART_BYTES} for one part read and {@link #MAX_TOTAL_BYTES} inflated over the whole archive,
 * whatever the entries claim, so that a zip bomb is refused after a bounded amount of work. Entries are looked up by
 * their exact names and never written anywhere, so names such as {@code ../../x} have no effect.
 */
final class DocxParts {

    static final int MAX_ENTRIES = 5000;
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private DocxParts() {
    }

    /** The wanted parts that exist, by name. */
    static Map<String, byte[]> read(byte[] zip, Set<String> wanted) throws ConversionException {
        if (zip.length >= 4 && (zip[0] & 0xFF) == 0xD0 && (zip[1] & 0xFF) == 0xCF && (zip[2] & 0xFF) == 0x11) {
            throw new ConversionException("a Word 97-2003 (.doc) file, not .docx; save it as .docx first");
        }
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new ConversionException("not a Word (.docx) file: it is not a zip archive");
        }
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ConversionException("not a plausible Word file: more than " + MAX_ENTRIES
                            + " entries in its zip");
                }
                boolean keep = wanted.contains(entry.getName()) && !parts.containsKey(entry.getName());
                ByteArrayOutputStream part = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > MAX_TOTAL_BYTES || keep && size > MAX_PART_BYTES) {
                        throw new ConversionException("refused as a zip bomb: " + entry.getName()
                                + " inflates beyond " + (keep ? MAX_PART_BYTES : MAX_TOTAL_BYTES) / (1024 * 1024)
                                + " MB");
                    }
                    if (keep) {
                        part.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    parts.put(entry.getName(), part.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ConversionException("not a readable Word (.docx) file: damaged zip (" + e.getMessage() + ")", e);
        }
        return parts;
    }
}
