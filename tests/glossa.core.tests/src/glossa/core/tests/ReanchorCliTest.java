package glossa.core.tests;

import static glossa.core.tests.cli.CliRun.jsonOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.cli.CliRun;

/** {@code reanchor FILE [--json] [--save]} end to end on a revised copy of the sample. */
class ReanchorCliTest {

    @TempDir
    Path dir;

    private static final String MOVING = "限制其申请联邦科研基金";
    private static final String DELETED = "降低了对西方数据集的依赖";

    /**
     * A copy of the sample with a policy measure on {@link #MOVING} and a claim on {@link #DELETED}, then revised
     * outside Glossa: an editor's note before everything (so the measure moves) and the claim's text deleted.
     * Returns the revised text.
     */
    private static String annotateThenRevise(Path article) throws Exception {
        Files.copy(TestFiles.sample(), article);
        CliRun.of("annotate", article.toString(), "--type", "policy-measure", "--quote", MOVING).ok();
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", DELETED).ok();
        String text = Files.readString(article);
        int cut = text.indexOf(DELETED);
        String revised = "编者按:本文有修订。\n\n" + text.substring(0, cut) + text.substring(cut + DELETED.length());
        Files.writeString(article, revised);
        return revised;
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsCountsAndSavesOnlyWhenAsked() throws Exception {
        Path article = dir.resolve("article.txt");
        annotateThenRevise(article);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] before = Files.readAllBytes(sidecar);

        Map<String, Object> report = jsonOf("reanchor", article.toString(), "--json");
        assertEquals(true, report.get("changed"));
        assertEquals(Map.of("exact", 0L, "moved", 1L, "fuzzy", 0L, "orphaned", 1L), report.get("counts"));
        assertEquals(false, report.get("saved"));
        List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
        assertEquals(2, results.size());
        assertArrayEquals(before, Files.readAllBytes(sidecar), "nothing is written without --save");

        String plain = CliRun.of("reanchor", article.toString()).ok().out();
        assertTrue(plain.startsWith("text changed since annotated; 0 exact, 1 moved, 0 fuzzy, 1 orphaned; not saved"), plain);

        Map<String, Object> saved = jsonOf("reanchor", article.toString(), "--json", "--save");
        assertEquals(true, saved.get("saved"));
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(sidecar)));

        Map<String, Object> again = jsonOf("reanchor", article.toString(), "--json");
        assertEquals(false, again.get("changed"), "the saved sidecar records the new text");
        assertEquals(Map.of("exact", 1L, "moved", 0L, "fuzzy", 0L, "orphaned", 1L), again.get("counts"),
                "the orphan is kept, not deleted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listAndStatsShowTheReanchoredPlacesAndNeverSave() throws Exception {
        Path article = dir.resolve("article.txt");
        String revised = annotateThenRevise(article);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] before = Files.readAllBytes(sidecar);
        long modified = Files.getLastModifiedTime(sidecar).toMillis();

        List<Map<String, Object>> rows = (List<Map<String, Object>>) jsonOf("list", article.toString(), "--json")
                .get("annotations");
        Map<String, Object> moved = rows.stream().filter(r -> MOVING.equals(r.get("quote"))).findFirst().orElseThrow();
        assertEquals((long) revised.indexOf(MOVING), moved.get("begin"), "the new place");
        assertEquals("moved", moved.get("anchor"));
        assertEquals("confirmed", moved.get("status"));
        Map<String, Object> orphan = rows.stream().filter(r -> DELETED.equals(r.get("quote"))).findFirst().orElseThrow();
        assertEquals("orphaned", orphan.get("status"));
        assertEquals("orphaned", orphan.get("anchor"));
        String table = CliRun.of("list", article.toString()).ok().out();
        assertTrue(table.lines().findFirst().orElseThrow().contains("ANCHOR"), table);
        assertTrue(table.contains("moved") && table.contains("orphaned"), table);
        CliRun.of("stats", article.toString()).ok();
        CliRun.of("stats", article.toString(), "--json").ok();

        assertArrayEquals(before, Files.readAllBytes(sidecar), "list and stats never write the sidecar");
        assertEquals(modified, Files.getLastModifiedTime(sidecar).toMillis());
        Map<String, Object> report = jsonOf("reanchor", article.toString(), "--json");
        assertEquals(true, report.get("changed"), "still to be saved: reanchor --save");
    }

    @Test
    void anArticleAboveTheSizeLimitIsRefusedInOneLineWithExitCode2() throws Exception {
        Path big = dir.resolve("big.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(glossa.core.io.ArticleStore.MAX_ARTICLE_BYTES + 1024);
        }
        CliRun run = CliRun.of("list", big.toString());
        assertEquals(2, run.code());
        String message = run.err();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(big.toString()) && message.contains("too large") && message.contains("20.0 MB"),
                message);
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(big)));
    }
}
