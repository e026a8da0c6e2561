package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.annotation;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.cli.GlossaCli;
import glossa.core.io.SidecarStore;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.json.Json;
import glossa.core.tests.crash.SidecarCrashTest;
import glossa.model.Document;

/** {@code glossa-cli merge BASE OURS THEIRS}: exit codes, JSON, output, bad input, and use as a real git merge driver. */
class MergeCommandTest {

    @TempDir
    Path dir;

    private final SidecarStore store = new SidecarStore();
    private Document base;
    private Path basePath;

    @BeforeEach
    void setUp() throws Exception {
        base = MergeFixtures.document();
        annotate(base, "a", "claim", 0, 10);
        annotate(base, "b", "policy-measure", 20, 30);
        basePath = save(base, "base.glossa");
    }

    private Path save(Document document, String name) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, store.toBytes(copy(document)));
        return path;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCleanMergeExitsZeroAndWritesIntoOurs() throws Exception {
        Document ours = copy(base);
        annotate(ours, "mine", "claim", 40, 50);
        Document theirs = copy(base);
        annotate(theirs, "yours", "counter-strategy", 60, 70);
        theirs.getAnnotations().remove(annotation(theirs, "b"));
        Path oursPath = save(ours, "ours.glossa");
        CliRun result = CliRun.of("merge", basePath.toString(), oursPath.toString(),
                save(theirs, "theirs.glossa").toString(), "--json");
        assertEquals(0, result.code(), result.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
        assertEquals(1L, ((Number) json.get("added")).longValue());
        assertEquals(0L, ((Number) json.get("changed")).longValue());
        assertEquals(1L, ((Number) json.get("deleted")).longValue());
        assertEquals(List.of(), json.get("conflicts"));
        Document merged = store.load(oursPath);
        assertNotNull(annotation(merged, "mine"));
        assertNotNull(annotation(merged, "yours"));
        assertEquals(null, annotation(merged, "b"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void conflictsExitOneAndTheResultLoadsWithThemRecorded() throws Exception {
        Document ours = copy(base);
        annotation(ours, "a").setMemo("mine");
        Document theirs = copy(base);
        annotation(theirs, "a").setMemo("theirs");
        Path out = dir.resolve("out.glossa");
        Path oursPath = save(ours, "ours.glossa");
        byte[] oursBefore = Files.readAllBytes(oursPath);
        CliRun result = CliRun.of("merge", basePath.toString(), oursPath.toString(),
                save(theirs, "theirs.glossa").toString(), "-o", out.toString(), "--json");
        assertEquals(1, result.code(), result.err());
        assertArrayEquals(oursBefore, Files.readAllBytes(oursPath), "-o leaves OURS alone");
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(result.out()))
                .get("conflicts");
        assertEquals(1, conflicts.size());
        assertEquals("a", conflicts.get(0).get("id"));
        assertEquals("memo", conflicts.get(0).get("field"));
        assertEquals("mine", conflicts.get(0).get("ours"));
        assertEquals("theirs", conflicts.get(0).get("theirs"));
        Document merged = store.load(out);
        assertEquals(1, merged.getConflicts().size());
        assertEquals("mine", annotation(merged, "a").getMemo());
    }

    @Test
    @SuppressWarnings("unchecked")
    void listShowsTheConflictPerAnnotation() throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), MergeFixtures.TEXT, StandardCharsets.UTF_8);
        Document ours = copy(base);
        annotation(ours, "a").setMemo("mine");
        Document theirs = copy(base);
        annotation(theirs, "a").setMemo("theirs");
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Files.write(sidecar, store.toBytes(copy(ours)));
        assertEquals(1, CliRun.of("merge", basePath.toString(), sidecar.toString(),
                save(theirs, "t.glossa").toString()).code());
        CliRun list = CliRun.of("list", article.toString(), "--json");
        assertEquals(0, list.code(), list.err());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(list.out()))
                .get("annotations");
        for (Map<String, Object> row : rows) {
            assertEquals(row.get("id").equals("a"), row.get("conflict"), "conflict flag of " + row.get("id"));
        }
    }

    @Test
    void anEmptyBaseMeansNoCommonAncestor() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty"));
        Document theirs = MergeFixtures.document();
        annotate(theirs, "t", "claim", 5, 9);
        Path oursPath = save(base, "ours.glossa");
        CliRun result = CliRun.of("merge", empty.toString(), oursPath.toString(),
                save(theirs, "theirs.glossa").toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(3, store.load(oursPath).getAnnotations().size());
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path oursPath = save(base, "ours.glossa");
        byte[] before = Files.readAllBytes(oursPath);
        Path broken = Files.writeString(dir.resolve("broken.glossa"), "<?xml version=\"1.0\"?>\n<glossa:Document");
        CliRun result = CliRun.of("merge", basePath.toString(), oursPath.toString(), broken.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("glossa: ") && result.err().strip().lines().count() == 1, result.err());
        assertTrue(result.err().contains("broken.glossa:"), result.err());
        assertArrayEquals(before, Files.readAllBytes(oursPath));
        assertEquals(2, CliRun.of("merge", basePath.toString(), oursPath.toString()).code());
        assertEquals(2, CliRun.of("merge", basePath.toString(), oursPath.toString(),
                dir.resolve("missing").toString()).code());
        assertArrayEquals(before, Files.readAllBytes(oursPath));
    }

    /** The merge driver as git runs it: two branches each annotate, and git merges the sidecar through glossa-cli. */
    @Test
    void worksAsAGitMergeDriver() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git is not installed");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path driver = dir.resolve("glossa-merge");
        Files.writeString(driver, "#!/bin/sh\nexec '" + SidecarCrashTest.javaExecutable() + "' -cp '"
                + SidecarCrashTest.classPath() + "' glossa.cli.GlossaCli merge \"$@\"\n");
        driver.toFile().setExecutable(true);
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "user.email", "a@example.org");
        git(repo, "config", "user.name", "Analyst");
        git(repo, "config", "merge.glossa.driver", driver + " %O %A %B");
        Files.writeString(repo.resolve(".gitattributes"), "*.glossa merge=glossa\n");
        Path sidecar = repo.resolve("article.txt.glossa");
        Files.write(sidecar, store.toBytes(copy(base)));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "coder-b");
        Document b = store.load(sidecar);
        annotate(b, "from-b", "counter-strategy", 60, 70);
        Files.write(sidecar, store.toBytes(b));
        git(repo, "commit", "-q", "-am", "coder b");
        git(repo, "checkout", "-q", "main");
        Document a = store.load(sidecar);
        annotate(a, "from-a", "claim", 40, 50);
        Files.write(sidecar, store.toBytes(a));
        git(repo, "commit", "-q", "-am", "coder a");
        git(repo, "merge", "-q", "--no-edit", "coder-b");
        Document merged = store.load(sidecar);
        assertNotNull(annotation(merged, "from-a"));
        assertNotNull(annotation(merged, "from-b"));
        assertEquals(4, merged.getAnnotations().size());
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", args) + ": " + output);
    }
}
