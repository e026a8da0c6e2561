package glossa.exchange.pdf;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a PDF report, embedded as subsets so that the PDF reads the same on a machine without Chinese fonts.
 *
 * <p>Glossa ships no font (a CJK font is 5–20 MB). It looks for one on the machine, in this order: the file named
 * by the system property {@code glossa.pdf.font} or the environment variable {@code GLOSSA_PDF_FONT}; well-known
 * TrueType CJK fonts of Linux, Windows and macOS ({@link #KNOWN}); then any TrueType font under the usual font folders
 * that has Chinese characters. Only TrueType outlines ({@code glyf}) qualify: PDFBox subsets those, while the
 * OpenType/CFF files of Noto Sans CJK (Debian's {@code fonts-noto-cjk}) would have to be embedded whole (16 MB per
 * PDF). Debian's {@code fonts-wqy-microhei} (WenQuanYi Micro Hei, Apache 2.0 or GPLv3 with the font exception, which
 * both allow embedding) is the reference. A Latin font (DejaVu Sans, Liberation Sans, Arial) fills in characters the
 * CJK font lacks.</p>
 *
 * <p>Widths are cached per character: a 1 MB article measures every character once per line break.</p>
 */
final class PdfFonts implements Closeable {

    /** Known TrueType fonts with Chinese characters, best first. */
    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simhei.ttf",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    /** Latin fonts that fill in what the CJK font lacks. */
    static final List<String> LATIN = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:\\Windows\\Fonts\\arial.ttf",
            "/Library/Fonts/Arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf");

    private static final List<String> FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts",
            "C:\\Windows\\Fonts", "/Library/Fonts", "/System/Library/Fonts");

    /** One embedded font and its width cache (in 1/1000 em, NaN for not yet measured). */
    static final class Face {
        final PDType0Font font;
        final TrueTypeFont ttf;
        final String name;
        private final float[] widths = new float[0x10000];

        Face(PDType0Font font, TrueTypeFont ttf, String name) {
            this.font = font;
            this.ttf = ttf;
            this.name = name;
            Arrays.fill(widths, Float.NaN);
        }

        boolean has(int codePoint) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }

        /** Width of one character in 1/1000 em. */
        float width(int codePoint) {
            if (codePoint < widths.length) {
                float w = widths[codePoint];
                if (Float.isNaN(w)) {
                    w = measure(codePoint);
                    widths[codePoint] = w;
                }
                return w;
            }
            return measure(codePoint);
        }

        private float measure(int codePoint) {
            try {
                return font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                return 1000;
            }
        }
    }

    private final List<Closeable> open = new ArrayList<>();
    private final List<Face> faces = new ArrayList<>();
    /** Index into {@link #faces} per BMP character; -1 unknown, -2 none has it. */
    private final byte[] faceOf = new byte[0x10000];

    private PdfFonts() {
        Arrays.fill(faceOf, (byte) -1);
    }

    /**
     * Loads the fonts into {@code document}.
     *
     * @throws IOException naming what to install when no embeddable CJK font is found
     */
    static PdfFonts load(PDDocument document) throws IOException {
        PdfFonts fonts = new PdfFonts();
        try {
            Path cjk = findCjk();
            if (cjk == null) {
                throw new IOException("PDF export needs a TrueType font with Chinese characters and none was found; "
                        + "install one (Debian/Ubuntu: apt-get install fonts-wqy-microhei) or name a .ttf/.ttc file "
                        + "with -Dglossa.pdf.font=FILE or GLOSSA_PDF_FONT=FILE");
            }
            fonts.add(document, cjk);
            for (String latin : LATIN) {
                Path path = Path.of(latin);
                if (Files.isRegularFile(path)) {
                    fonts.add(document, path);
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            fonts.close();
            throw e;
        }
        return fonts;
    }

    /** The CJK font file to use, or null. */
    static Path findCjk() {
        for (String configured : new String[] { System.getProperty("glossa.pdf.font"), System.getenv("GLOSSA_PDF_FONT") }) {
            if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured))) {
                return Path.of(configured);
            }
        }
        for (String known : KNOWN) {
            Path path = Path.of(known);
            if (Files.isRegularFile(path) && hasChinese(path)) {
                return path;
            }
        }
        for (String folder : FOLDERS) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 4)) {
                Path found = files.filter(PdfFonts::isTrueTypeFile).limit(400).filter(PdfFonts::hasChinese)
                        .findFirst().orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable folder: look in the next one
            }
        }
        return null;
    }

    private static boolean isTrueTypeFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc")) && Files.isRegularFile(path);
    }

    /** Whether the file's first font has TrueType outlines and the character 中. */
    private static boolean hasChinese(Path path) {
        try (FontFile file = FontFile.open(path)) {
            TrueTypeFont ttf = file.font();
            return isEmbeddable(ttf) && ttf.getUnicodeCmapLookup().getGlyphId('中') > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isEmbeddable(TrueTypeFont ttf) throws IOException {
        return !(ttf instanceof OpenTypeFont otf && otf.isPostScript()) && ttf.getGlyph() != null;
    }

    private void add(PDDocument document, Path path) throws IOException {
        FontFile file = FontFile.open(path);
        open.add(file);
        TrueTypeFont ttf = file.font();
        // Subset: only the glyphs used are embedded (a few hundred KB for a long Chinese report).
        faces.add(new Face(PDType0Font.load(document, ttf, true), ttf, ttf.getName()));
    }

    /** The fonts in order of preference; the first is the CJK font. */
    List<Face> faces() {
        return faces;
    }

    /** The face that draws {@code codePoint}, or null when none has it (it is then drawn as a space). */
    Face faceFor(int codePoint) {
        if (codePoint < faceOf.length) {
            int index = faceOf[codePoint];
            if (index == -1) {
                index = -2;
                for (int i = 0; i < faces.size(); i++) {
                    if (faces.get(i).has(codePoint)) {
                        index = i;
                        break;
                    }
                }
                faceOf[codePoint] = (byte) index;
            }
            return index < 0 ? null : faces.get(index);
        }
        for (Face face : faces) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** Width of a character at {@code size} points (a missing one is as wide as a space). */
    float width(int codePoint, float size) {
        Face face = faceFor(codePoint);
        return (face == null ? faces.get(0).width(' ') : face.width(codePoint)) * size / 1000f;
    }

    float width(CharSequence text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            w += width(c, size);
        }
        return w;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** A .ttf, or the first font of a .ttc, kept open while the PDF is written (subsetting reads it at save). */
    private record FontFile(TrueTypeFont font, Closeable owner) implements Closeable {

        static FontFile open(Path path) throws IOException {
            File file = path.toFile();
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                try {
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
                if (first[0] == null) {
                    collection.close();
                    throw new IOException("no font in " + path);
                }
                return new FontFile(first[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new FontFile(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
