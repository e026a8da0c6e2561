package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import glossa.benchdata.SyntheticDocuments;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * {@link SidecarStore#toBytes} writes through {@link Utf8XmlWriter} and the day-caching date text of
 * {@link SidecarXmlHelper}; the bytes must be exactly those of EMF's stream save followed by
 * {@link RestrictedCharacters#escape}, the way sidecars were written before. (In package glossa.core.io: internal.)
 */
class SidecarSaveBytesTest {

    /** Every character class the writer treats differently: ASCII, XML specials, controls, C1, U+2028, CJK, pairs. */
    private static final String AWKWARD = "a<b>&\"'\t\n\r\u0001\u001F\u007F\u0080\u0085\u009F\u00A0é\u07FF\u0800"
            + "中文\u2028\u2029\uFFFD\uD83D\uDE00 end";

    @Test
    void syntheticDocumentsAreSavedAsEmfSavesThem() throws Exception {
        for (int n : new int[] { 0, 1, 17, 500, 3000 }) {
            for (long seed = 1; seed <= 3; seed++) {
                Document document = SyntheticDocuments.create(n, 1 + n % 40, seed);
                assertArrayEquals(streamBytes(document), new SidecarStore().toBytes(document), n + "/" + seed);
            }
        }
    }

    @Test
    void richAndSmallDocumentsAreSavedAsEmfSavesThem() throws Exception {
        for (String memo : new String[] { "", "plain", AWKWARD, "\u0085\u2028\u007F" }) {
            Document rich = SidecarFastReaderTest.richDocument(memo);
            assertArrayEquals(streamBytes(rich), new SidecarStore().toBytes(rich), memo);
        }
        Document small = SidecarFastReaderTest.smallDocument();
        small.getAnnotations().get(0).setMemo(AWKWARD);
        small.getAnnotations().get(1).setMemo("");
        small.getAnnotations().get(2).setQuote(AWKWARD + AWKWARD);
        assertArrayEquals(streamBytes(small), new SidecarStore().toBytes(small));
    }

    @Test
    void randomTextIsSavedAsEmfSavesIt() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        Document document = SyntheticDocuments.create(200, 5, 11);
        for (Annotation annotation : document.getAnnotations()) {
            annotation.setMemo(random.nextInt(4) == 0 ? null : randomText(random, random.nextInt(0, 300), false));
            annotation.setAuthor(randomText(random, random.nextInt(0, 20), false));
            annotation.setCreated(new Date(random.nextLong(-2_208_988_800_000L + 86_400_000L, 4_102_444_800_000L)));
        }
        assertArrayEquals(streamBytes(document), new SidecarStore().toBytes(document));
    }

    @Test
    void theWriterEncodesLikeTheJdkEncoderWhateverTheChunks() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 300; round++) {
            char[] text = randomText(random, random.nextInt(0, 400), true).toCharArray();
            Utf8XmlWriter fast = new Utf8XmlWriter(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                // Chunk boundaries fall anywhere, between the halves of a surrogate pair too.
                for (int at = 0; at < text.length;) {
                    int length = Math.min(text.length - at, random.nextInt(1, 9));
                    if (random.nextBoolean()) {
                        fast.write(text, at, length);
                    } else {
                        fast.write(new String(text), at, length);
                    }
                    jdk.write(text, at, length);
                    at += length;
                }
            }
            byte[] expected = RestrictedCharacters.escape(bytes.toByteArray());
            assertArrayEquals(expected, fast.toByteArray(), () -> new String(text));
        }
    }

    @Test
    void restrictedCharactersBecomeReferences() throws Exception {
        Utf8XmlWriter writer = new Utf8XmlWriter(4);
        writer.write("x\u007F\u0085\u009F\u2028\u00A0y");
        assertEquals("x&#x7F;&#x85;&#x9F;&#x2028;\u00A0y", new String(writer.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void datesMatchEmfInManyZonesAcrossTransitions() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] { "UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
                    "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Africa/Casablanca",
                    "Pacific/Apia" }) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                // EMF's pattern; EMF's own formatter keeps the zone it was created in, so a fresh one per zone.
                SimpleDateFormat emf = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
                SplittableRandom random = new SplittableRandom(zone.hashCode());
                long from = -631_152_000_000L; // 1950; years 1900-9999 in general are covered by SidecarXmlHelperTest
                long to = 4_102_444_800_000L; // 2100
                long at = random.nextLong(from, to);
                for (int i = 0; i < 4000; i++) {
                    // Mostly small steps (dates of one session, through midnights and offset changes), some jumps.
                    at += random.nextInt(10) == 0 ? random.nextLong(-5_000_000_000L, 5_000_000_000L)
                            : random.nextLong(-100_000L, 4_000_000L);
                    if (at < from || at >= to) {
                        at = random.nextLong(from, to);
                    }
                    Date date = new Date(at);
                    assertEquals(emf.format(date), SidecarXmlHelper.format(date), () -> zone + " at " + date.getTime());
                }
            }
            // The cached day belongs to the zone: a new default zone is not answered from it.
            Date date = new Date(1_764_000_000_000L);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String utc = SidecarXmlHelper.format(date);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertNotEquals(utc, SidecarXmlHelper.format(date));
            assertEquals(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).format(date),
                    SidecarXmlHelper.format(date));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    /** The way {@link SidecarStore#toBytes} wrote before: EMF's stream save, then the restricted-character pass. */
    static byte[] streamBytes(Document document) throws Exception {
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        Resource resource = document.eResource();
        if (resource == null) {
            resource = GlossaResources.newResource(URI.createURI("memory:/oracle." + GlossaResources.EXTENSION));
            resource.getContents().add(document);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, GlossaResources.saveOptions());
        return RestrictedCharacters.escape(out.toByteArray());
    }

    static String randomText(SplittableRandom random, int length, boolean lonesAllowed) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> {
                    char c = AWKWARD.charAt(random.nextInt(AWKWARD.length()));
                    text.append(lonesAllowed || !Character.isSurrogate(c) ? c : 'x');
                }
                case 1 -> text.append((char) random.nextInt(0x20, 0x7F));
                case 2 -> text.append((char) random.nextInt(0x01, 0x20));
                case 3 -> text.append((char) random.nextInt(0x7F, 0xA0));
                case 4 -> text.append((char) random.nextInt(0x4E00, 0x9FA5));
                case 5 -> text.appendCodePoint(random.nextInt(0x10000, 0x110000));
                case 6 -> text.append(lonesAllowed ? (char) random.nextInt(0xD800, 0xE000) : 'x'); // EMF refuses them
                default -> {
                    char c = (char) random.nextInt(0xA0, 0xFFFE);
                    text.append(lonesAllowed || !Character.isSurrogate(c) ? c : 'y');
                }
            }
        }
        return text.toString();
    }
}
