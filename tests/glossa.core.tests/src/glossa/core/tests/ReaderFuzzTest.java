package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.io.GlossaResources;
import glossa.core.io.SidecarException;
import glossa.core.io.SidecarStore;
import glossa.core.text.TextDecoder;
import glossa.model.Document;

/**
 * Fuzz and hostile inputs for the sidecar and text readers (fixed seeds): every input loads or fails with an
 * {@link IOException}; nothing hangs; no other exception escapes; the file read is unchanged byte for byte.
 */
class ReaderFuzzTest {

    @TempDir
    Path dir;

    private static final int CASES = 150;

    private byte[] validSidecar() throws Exception {
        Path article = dir.resolve("seed.txt");
        Files.copy(TestFiles.sample(), article);
        GlossaResources.register();
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(article, null);
        String text = a.text();
        for (int i = 0; i + 20 < text.length(); i += 97) {
            a.document().getAnnotations().add(glossa.core.annotations.AnnotationFactory.create(text,
                    a.document().getCodebook().getTypes().get(0), i, i + 20, "fuzz"));
        }
        store.save(a, false, null);
        return Files.readAllBytes(AnnotatedArticle.sidecarOf(article));
    }

    @Test
    void mutatedSidecarsLoadOrFailWithASidecarException() throws Exception {
        byte[] valid = validSidecar();
        Random random = new Random(11);
        SidecarStore store = new SidecarStore();
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(valid, random, i);
            Path file = dir.resolve("case-" + i + ".glossa");
            Files.write(file, input);
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    Document d = store.load(file);
                    return d != null;
                } catch (SidecarException clear) {
                    return false;
                }
            });
            refused += ok ? 0 : 1;
            assertArrayEquals(input, Files.readAllBytes(file), "case " + i + " changed its input");
        }
        assertTrue(refused > 0 && refused < CASES, refused + " of " + CASES + " refused");
    }

    /**
     * Sidecars that parse but are wrong: random annotations get offsets outside the text (negative, inverted, past the
     * end, 2147483647) or another annotation's id, or are written twice. Every open keeps every annotation, leaves
     * each inside the text with a unique id, reports each repair, and leaves the file as it was.
     */
    @Test
    void outOfRangeOffsetsAndDuplicateIdsAreRepairedOnOpenAndReported() throws Exception {
        String valid = new String(validSidecar(), java.nio.charset.StandardCharsets.UTF_8);
        Path article = dir.resolve("seed.txt");
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        java.util.regex.Pattern element = java.util.regex.Pattern.compile(
                "  <annotations [^>]*/>\\n|  <annotations [^>]*[^/]>.*?\\n  </annotations>\\n", java.util.regex.Pattern.DOTALL);
        java.util.List<String> elements = element.matcher(valid).results().map(m -> m.group()).toList();
        int head = valid.indexOf(elements.get(0));
        int tail = valid.lastIndexOf(elements.get(elements.size() - 1)) + elements.get(elements.size() - 1).length();
        String[][] ranges = { { "-10", "99999" }, { "60", "10" }, { "0", "2147483647" }, { "-1", "-1" } };
        Random random = new Random(13);
        int repairs = 0;
        for (int i = 0; i < CASES / 3; i++) {
            StringBuilder body = new StringBuilder();
            int expected = 0;
            int expectedProblems = 0;
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String e : elements) {
                String id = e.replaceFirst("(?s).*? id=\"([^\"]+)\".*", "$1");
                int roll = random.nextInt(10);
                if (roll == 0) {
                    String[] r = ranges[random.nextInt(ranges.length)];
                    e = e.replaceFirst("begin=\"\\d+\"", "begin=\"" + r[0] + "\"")
                            .replaceFirst("end=\"\\d+\"", "end=\"" + r[1] + "\"");
                    expectedProblems++;
                } else if (roll == 1 && !ids.isEmpty()) {
                    e = e.replaceFirst(" id=\"[^\"]+\"", " id=\"" + ids.iterator().next() + "\"");
                    expectedProblems++;
                } else if (roll == 2) {
                    body.append(e); // the same element twice
                    expected++;
                    expectedProblems++;
                }
                ids.add(id);
                body.append(e);
                expected++;
            }
            String xml = valid.substring(0, head) + body + valid.substring(tail);
            Files.writeString(sidecar, xml, java.nio.charset.StandardCharsets.UTF_8);
            byte[] input = Files.readAllBytes(sidecar);
            int n = i;
            AnnotatedArticle opened = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> new ArticleStore().open(article, null), () -> "case " + n + " hung");
            int length = opened.text().length();
            assertEquals(expected, opened.document().getAnnotations().size(), "case " + i + ": none dropped");
            java.util.Set<String> unique = new java.util.HashSet<>();
            for (glossa.model.Annotation a : opened.document().getAnnotations()) {
                assertTrue(0 <= a.getBegin() && a.getBegin() <= a.getEnd() && a.getEnd() <= length,
                        "case " + i + ": " + a.getId() + " " + a.getBegin() + ".." + a.getEnd());
                assertTrue(unique.add(a.getId()), "case " + i + ": id " + a.getId() + " twice");
            }
            // At least one repair reported when a mutation was made (an offset that EMF leaves out as the default 0
            // may keep a mutated span inside the text).
            assertTrue(expectedProblems == 0 || !opened.loadProblems().isEmpty(), "case " + i + ": nothing reported");
            repairs += opened.loadProblems().size();
            assertArrayEquals(input, Files.readAllBytes(sidecar), "case " + i + " changed its input");
        }
        assertTrue(repairs > CASES / 3, "repairs made: " + repairs);
    }

    @Test
    void mutatedTextsDecodeOrFailWithAnIOException() throws Exception {
        byte[] valid = Files.readAllBytes(TestFiles.sample());
        Random random = new Random(12);
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(valid, random, i);
            Path file = dir.resolve("text-" + i + ".txt");
            Files.write(file, input);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    TextDecoder.decode(file);
                } catch (IOException clear) {
                    // refused with a message: fine
                }
            });
            assertArrayEquals(input, Files.readAllBytes(file), "case " + i + " changed its input");
        }
    }

    // External entities: hostile/ExternalEntityTest (a planted secret and server that must never be touched).

    @Test
    void hostileTextsNeitherHangNorCrash() throws Exception {
        byte[] longLine = "技".repeat(350_000).getBytes(StandardCharsets.UTF_8); // one ~1 MB line
        byte[] nul = "前言\0\0后记\0".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = { (byte) 0xE6, (byte) 0x8A, 'a', (byte) 0xFF, (byte) 0xC0, (byte) 0x80, '\n' };
        for (byte[] input : new byte[][] { longLine, nul, invalid }) {
            Path file = dir.resolve("hostile.txt");
            Files.write(file, input);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    TextDecoder.decode(file);
                } catch (IOException clear) {
                    // refused with a message: fine
                }
            });
            assertArrayEquals(input, Files.readAllBytes(file));
        }
    }

    /** Truncation, byte flips, noise, a duplicated chunk, or a changed digit (which keeps the XML well-formed). */
    static byte[] mutate(byte[] valid, Random random, int i) {
        return switch (i % 5) {
            case 0 -> ByteMutations.truncate(valid, random);
            case 1 -> ByteMutations.flipBytes(valid, random);
            case 2 -> ByteMutations.noise(random);
            case 3 -> ByteMutations.duplicateChunk(valid, random);
            default -> ByteMutations.changeDigit(valid, random);
        };
    }
}
