package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.cases.ArticleStamp;
import glossa.core.cases.ArticleSummary;
import glossa.core.cases.ArticleSummary.Tally;
import glossa.core.cases.ArticleSummary.TypeInfo;
import glossa.core.cases.CaseSummaryCache;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.SidecarStore;
import glossa.model.AnnotationStatus;

/**
 * The case summary cache file byte by byte: what round-trips exactly (absent and empty strings, zero counts, tallies
 * of types the codebook no longer lists, a title at the length limit), and that every forged or cut file reads as
 * empty with a problem instead of throwing.
 */
class CaseSummaryCacheFormatTest {

    private static final ArticleStamp STAMP = new ArticleStamp(120, 1_700_000_000_000_000L, -1, -1);
    private static final int MAX_STRING_BYTES = 1 << 20;

    @TempDir
    Path dir;

    private static ArticleSummary roundTrip(ArticleSummary summary) throws IOException {
        CaseSummaryCache.Contents read = CaseSummaryCache.parse(CaseSummaryCache.bytes(List.of(summary), 42));
        assertNull(read.problem());
        assertEquals(42, read.writtenAtMillis());
        assertEquals(1, read.summaries().size());
        return read.summaries().get(summary.relativeName());
    }

    @Test
    void absentAndEmptyStringsZeroCountsAndEveryStatusComeBackAsWritten() throws IOException {
        ArticleSummary summary = new ArticleSummary("空/文章.txt", STAMP, null, 0,
                List.of(new TypeInfo("claim", null, null), new TypeInfo("policy-measure", "", "#5DA5DA")),
                List.of(new Tally("claim", null, null, 3), new Tally("claim", AnnotationStatus.CONFIRMED, "", 0),
                        new Tally("policy-measure", AnnotationStatus.ORPHANED, "ana", 2),
                        new Tally("policy-measure", AnnotationStatus.SUGGESTED, null, 1)));
        ArticleSummary read = roundTrip(summary);
        assertEquals(summary, read);
        assertNull(read.title(), "no title stays no title, not an empty one");
        assertNull(read.types().get(0).name());
        assertEquals("", read.types().get(1).name());
        assertNull(read.tallies().get(0).status());
        assertNull(read.tallies().get(0).author());
        assertEquals("", read.tallies().get(1).author());
        assertEquals(0, read.sectionCount(), "an article without sections");
        assertEquals(3, read.count(new AnnotationFilter(Set.of("claim"), Set.of(), Set.of(), "")),
                "claim hidden: the 2 + 1 of policy-measure");
    }

    @Test
    void talliesOfTypesTheCodebookNoLongerListsKeepTheirType() throws IOException {
        ArticleSummary summary = new ArticleSummary("a.txt", STAMP, "标题", 2,
                List.of(new TypeInfo("claim", "主张", "#F5C542")),
                List.of(new Tally("gone", AnnotationStatus.CONFIRMED, "ana", 2), new Tally("claim", null, "bo", 1),
                        new Tally("also-gone", null, "ana", 5), new Tally("gone", null, "bo", 1)));
        ArticleSummary read = roundTrip(summary);
        assertEquals(summary.tallies(), read.tallies());
        assertEquals(summary.types(), read.types(), "the extra ids are no types of the article");
    }

    @Test
    void aTitleUpToTheLimitIsKeptWholeAndALongerOneIsCutNotTheCache() throws IOException {
        String atLimit = "x".repeat(MAX_STRING_BYTES);
        assertEquals(atLimit, roundTrip(new ArticleSummary("a.txt", STAMP, atLimit, 1, List.of(), List.of())).title());
        String over = "标".repeat(MAX_STRING_BYTES / 3 + 1); // three UTF-8 bytes each
        String cut = roundTrip(new ArticleSummary("a.txt", STAMP, over, 1, List.of(), List.of())).title();
        assertTrue(cut.length() < over.length() && over.startsWith(cut) && !cut.isEmpty(), "cut: " + cut.length());
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= MAX_STRING_BYTES);
    }

    /** One entry written field by field, as the class comment describes the format; a test changes one field. */
    private static final class Forged {
        int sections = 1;
        int typeIndex = 0;
        int status = AnnotationStatus.CONFIRMED.getValue();
        int authorIndex = 0;
        int count = 1;
        int titleFlag = 1;
        int sidecarVersion = SidecarStore.CURRENT_VERSION;
        byte[] magic = { 'G', 'L', 'C', 'S' };
        int trailing = 0;

        byte[] bytes() throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(magic);
            out.writeInt(CaseSummaryCache.FORMAT_VERSION);
            out.writeInt(sidecarVersion);
            out.writeLong(42);
            out.writeInt(1);
            string(out, "a.txt");
            out.writeLong(STAMP.articleSize());
            out.writeLong(STAMP.articleModified());
            out.writeLong(STAMP.sidecarSize());
            out.writeLong(STAMP.sidecarModified());
            out.writeByte(titleFlag);
            if (titleFlag == 1) {
                string(out, "标题");
            }
            out.writeInt(sections);
            out.writeInt(1); // types
            string(out, "claim");
            out.writeByte(0);
            out.writeByte(0);
            out.writeInt(0); // extra type ids
            out.writeInt(1); // authors
            out.writeByte(1);
            string(out, "ana");
            out.writeInt(1); // tallies
            out.writeInt(typeIndex);
            out.writeByte(status);
            out.writeInt(authorIndex);
            out.writeInt(count);
            out.write(new byte[trailing]);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeInt((int) crc.getValue());
            return buffer.toByteArray();
        }

        private static void string(DataOutputStream out, String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static CaseSummaryCache.Contents forged(Consumer<Forged> change) throws IOException {
        Forged forged = new Forged();
        change.accept(forged);
        return CaseSummaryCache.parse(forged.bytes());
    }

    @Test
    void theForgedWriterMatchesTheFormat() throws IOException {
        CaseSummaryCache.Contents sound = forged(f -> { });
        assertNull(sound.problem());
        assertEquals(new ArticleSummary("a.txt", STAMP, "标题", 1, List.of(new TypeInfo("claim", null, null)),
                List.of(new Tally("claim", AnnotationStatus.CONFIRMED, "ana", 1))), sound.summaries().get("a.txt"));
        assertNull(forged(f -> f.status = -1).summaries().get("a.txt").tallies().get(0).status(), "-1: no status");
        assertEquals(0, forged(f -> f.count = 0).summaries().get("a.txt").count(AnnotationFilter.ALL));
        assertEquals(0, forged(f -> f.sections = 0).summaries().get("a.txt").sectionCount());
        assertNull(forged(f -> f.titleFlag = 0).summaries().get("a.txt").title());
    }

    @Test
    void aForgedFieldOutOfRangeIsAProblemNotAnException() throws IOException {
        List<Object[]> cases = List.<Object[]>of(
                new Object[] { "type index = type count", (Consumer<Forged>) f -> f.typeIndex = 1 },
                new Object[] { "negative type index", (Consumer<Forged>) f -> f.typeIndex = -1 },
                new Object[] { "author index = author count", (Consumer<Forged>) f -> f.authorIndex = 1 },
                new Object[] { "negative author index", (Consumer<Forged>) f -> f.authorIndex = -1 },
                new Object[] { "unknown status", (Consumer<Forged>) f -> f.status = 99 },
                new Object[] { "negative count", (Consumer<Forged>) f -> f.count = -1 },
                new Object[] { "negative section count", (Consumer<Forged>) f -> f.sections = -1 },
                new Object[] { "bad optional flag", (Consumer<Forged>) f -> f.titleFlag = 2 },
                new Object[] { "other sidecar version", (Consumer<Forged>) f -> f.sidecarVersion = 99 },
                new Object[] { "other magic", (Consumer<Forged>) f -> f.magic = "GLCX".getBytes() },
                new Object[] { "bytes after the last entry", (Consumer<Forged>) f -> f.trailing = 3 });
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            CaseSummaryCache.Contents contents = forged((Consumer<Forged>) c[1]);
            assertNotNull(contents.problem(), (String) c[0]);
            assertEquals(0, contents.summaries().size(), (String) c[0]);
            assertEquals(0, contents.writtenAtMillis(), (String) c[0]);
        }
    }

    @Test
    void everyCutOfASoundFileIsAProblemNotAnException() throws IOException {
        byte[] sound = new Forged().bytes();
        for (int length = 0; length < sound.length; length++) {
            CaseSummaryCache.Contents contents = CaseSummaryCache.parse(Arrays.copyOf(sound, length));
            assertNotNull(contents.problem(), "cut at " + length);
            assertTrue(contents.summaries().isEmpty(), "cut at " + length);
        }
        // A cut header that still carries a valid checksum of what is left.
        for (int length = 8; length < 28; length++) {
            byte[] body = Arrays.copyOf(sound, length);
            CRC32 crc = new CRC32();
            crc.update(body);
            byte[] file = ByteBuffer.allocate(length + 4).put(body).putInt((int) crc.getValue()).array();
            assertNotNull(CaseSummaryCache.parse(file).problem(), "header cut at " + length);
        }
    }

    @Test
    void aCacheThatIsAFolderIsAProblemAndAMissingOneIsSimplyEmpty() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("case-summary.bin"));
        CaseSummaryCache.Contents unreadable = CaseSummaryCache.read(folder);
        assertNotNull(unreadable.problem());
        assertTrue(unreadable.summaries().isEmpty());
        CaseSummaryCache.Contents missing = CaseSummaryCache.read(dir.resolve("missing.bin"));
        assertNull(missing.problem());
        assertTrue(missing.summaries().isEmpty());
    }

    @Test
    void onlyNamesThatStayInsideTheCaseAreSafe() {
        Object[][] cases = {
                { "a.txt", true }, { "sub/deeper/d.txt", true }, { "带 空格.txt", true }, { "~tilde.txt", true },
                { "a\u007Eb.txt", true }, { "a\u001Fb.txt", false }, { "a\tb.txt", false }, { "a\u007Fb.txt", false },
                { "a\nb.txt", false }, { "a:b.txt", false }, { "a\\b.txt", false }, { "/a.txt", false },
                { "a/", false }, { "a//b.txt", false }, { "./a.txt", false }, { "a/../b.txt", false }, { "", false },
                { null, false }, { "..a.txt", true }, };
        for (Object[] c : cases) {
            assertEquals(c[1], CaseSummaryCache.isSafeRelativeName((String) c[0]), String.valueOf(c[0]));
        }
    }
}
