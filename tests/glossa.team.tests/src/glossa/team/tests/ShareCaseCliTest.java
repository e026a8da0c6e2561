package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.json.Json;
import glossa.team.CaseRepository;
import glossa.team.tests.TeamCli.Result;

/** {@code glossa-cli case share} and {@code case sync}, and what sharing writes. */
class ShareCaseCliTest {

    @TempDir
    Path tmp;

    @Test
    void shareWritesAttributesIgnoresAndDriverAndKeepsTheAnalystsLines() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve(".gitignore"), "notes/\n");
        Result shared = cli("case", "share", dir.toString());
        assertEquals(0, shared.code(), shared.err());
        assertTrue(Files.readString(dir.resolve(".gitattributes")).lines().anyMatch("*.glossa merge=glossa"::equals));
        List<String> ignore = Files.readString(dir.resolve(".gitignore")).lines().toList();
        assertEquals("notes/", ignore.get(0), "the analyst's own line stays first");
        assertTrue(ignore.contains(".*.glossa.lock"), ignore.toString());
        try (Git git = Git.open(dir.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            assertEquals("glossa-cli merge %O %A %B", config.getString("merge", "glossa", "driver"));
            assertEquals(CaseRepository.DEFAULT_BRANCH, git.getRepository().getBranch());
        }
        String before = Files.readString(dir.resolve(".gitignore"));
        assertEquals(List.of(), CaseRepository.share(dir), "sharing twice writes nothing");
        assertEquals(before, Files.readString(dir.resolve(".gitignore")));
    }

    @Test
    void syncOnTheCommandLineCommitsAndPushesButNeverLockOrTemporaryFiles() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), dir.resolve(SIDECAR));
        TeamFixtures.annotate(dir, "c1", "结论", "Chen");
        Files.writeString(dir.resolve("." + SIDECAR + ".lock"), "");
        Files.writeString(dir.resolve("." + SIDECAR + ".123.tmp"), "half a save");
        assertEquals(0, cli("case", "share", dir.toString()).code());
        try (Git git = Git.open(dir.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Chen");
            config.setString("user", null, "email", "chen@example.org");
            config.save();
        }
        Result synced = cli("case", "sync", dir.toString(), "--remote", remote, "--message", "first coding", "--json");
        assertEquals(0, synced.code(), synced.err() + synced.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(synced.out());
        assertEquals("synchronized", json.get("status"));
        assertEquals(Boolean.TRUE, json.get("committed"));
        assertEquals(List.of(), json.get("textConflicts"));

        Path clone = TeamFixtures.cloneOf(remote, tmp.resolve("clone"));
        assertEquals(Set.of("c1"), TeamFixtures.view(TeamFixtures.load(clone)).keySet());
        try (Git git = Git.open(clone.toFile())) {
            var head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("first coding", head.getFullMessage());
            assertEquals("Chen", head.getAuthorIdent().getName());
            List<String> paths = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(git.getRepository())) {
                walk.addTree(head.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    paths.add(walk.getPathString());
                }
            }
            assertEquals(List.of(".gitattributes", ".gitignore", ARTICLE, SIDECAR), paths.stream().sorted().toList());
        }
        assertFalse(CaseRepository.changedPaths(dir).contains("." + SIDECAR + ".lock"));
    }

    @Test
    void syncWithoutARemoteIsBadInput() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        assertEquals(0, cli("case", "share", dir.toString()).code());
        try (Git git = Git.open(dir.toFile())) {
            git.getRepository().getConfig().setString("user", null, "name", "Chen");
            git.getRepository().getConfig().save();
        }
        Result result = cli("case", "sync", dir.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("no remote"), result.err());
        assertEquals(2, cli("case", "sync", tmp.resolve("missing").toString()).code());
    }
}
