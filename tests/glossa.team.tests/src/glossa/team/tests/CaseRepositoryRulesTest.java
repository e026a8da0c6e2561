package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.TeamException;

/** A case folder as a Git repository, as the analyst meets it: sharing, cloning, committing, what it lists. */
class CaseRepositoryRulesTest {

    @TempDir
    Path tmp;

    private Path sharedCase() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), dir.resolve(SIDECAR));
        CaseRepository.share(dir);
        return dir;
    }

    @Test
    void aFolderIsSharedWhenItIsTheTopOfAGitWorkingTree() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertFalse(CaseRepository.isShared(plain));
        Path dir = sharedCase();
        assertTrue(CaseRepository.isShared(dir));
        Path sub = Files.createDirectories(dir.resolve("sub"));
        assertFalse(CaseRepository.isShared(sub), "a folder inside a shared case is not a case of its own");
    }

    @Test
    void sharingWritesWhatIsMissingOnceAndReportsIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        assertEquals(List.of(".gitattributes", ".gitignore", ".git/config"), CaseRepository.share(dir));
        assertEquals(List.of(), CaseRepository.share(dir), "sharing again writes nothing");
        assertEquals(CaseRepository.DEFAULT_BRANCH, CaseRepository.head(dir).branch());
        // Plain git finds the merge driver in the repository's own config, saved to disk.
        var config = new org.eclipse.jgit.storage.file.FileBasedConfig(dir.resolve(".git/config").toFile(),
                org.eclipse.jgit.util.FS.DETECTED);
        config.load();
        assertEquals("glossa-cli merge %O %A %B", config.getString("merge", "glossa", "driver"));
        assertEquals("Glossa semantic sidecar merge", config.getString("merge", "glossa", "name"),
                "what git names the driver in its messages");
    }

    @Test
    void theAnalystsOwnIgnoreLinesStayOnTheirOwnLines() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        // No newline at the end: the appended lines must not run into the analyst's last line.
        Files.writeString(dir.resolve(".gitignore"), "drafts/\nnotes.bak", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".gitattributes"), "*.glossa merge=glossa\n", StandardCharsets.UTF_8);
        assertEquals(List.of(".gitattributes", ".gitignore", ".git/config"), CaseRepository.share(dir));
        List<String> ignore = Files.readAllLines(dir.resolve(".gitignore"));
        assertEquals(List.of("drafts/", "notes.bak", ".*.glossa.lock", ".*.tmp", "*.glossa.broken-*", ".metadata/",
                ".glossa-index/"), ignore);
        List<String> attributes = Files.readAllLines(dir.resolve(".gitattributes"));
        assertEquals("*.glossa merge=glossa", attributes.get(0));
        assertEquals(2, attributes.size(), "the sidecar line is not written twice: " + attributes);
    }

    @Test
    void onlyAFolderCanBeSharedOrOpened() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Path missing = tmp.resolve("missing");
        for (Path notAFolder : List.of(file, missing)) {
            TeamException e = assertThrows(TeamException.class, () -> CaseRepository.share(notAFolder));
            assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
            e = assertThrows(TeamException.class, () -> CaseRepository.head(notAFolder));
            assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        }
        assertFalse(Files.exists(missing), "nothing was created");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        TeamException e = assertThrows(TeamException.class, () -> CaseRepository.head(plain));
        assertTrue(e.getMessage().contains("not a shared case") && e.getMessage().contains("share it first"),
                e.getMessage());
    }

    @Test
    void aNewCaseHasItsBranchButNoCommitUntilTheFirstOne() throws Exception {
        Path dir = sharedCase();
        CaseRepository.Head before = CaseRepository.head(dir);
        assertEquals(new CaseRepository.Head(CaseRepository.DEFAULT_BRANCH, null), before);

        String id = CaseRepository.commit(dir, "first", ANNA);
        assertNotNull(id);
        assertEquals(new CaseRepository.Head(CaseRepository.DEFAULT_BRANCH, id), CaseRepository.head(dir));
        assertNull(CaseRepository.commit(dir, "again", ANNA), "nothing changed: no empty commit");
    }

    @Test
    void aCommitTakesEveryChangeButGlossasOwnFilesUnderTheCodersName() throws Exception {
        Path dir = sharedCase();
        CaseRepository.commit(dir, "first", ANNA);
        TeamFixtures.annotate(dir, "a1", "结论", "Anna");
        Files.writeString(dir.resolve("memo.txt"), "new", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("." + SIDECAR + ".lock"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".x.tmp"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SIDECAR + ".broken-1"), "", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(".glossa-index"));
        Files.writeString(dir.resolve(".glossa-index/segments"), "", StandardCharsets.UTF_8);
        Files.delete(dir.resolve(ARTICLE));

        assertEquals(Set.of(SIDECAR, "memo.txt", ARTICLE), CaseRepository.changedPaths(dir),
                "changed, new and deleted files; never locks, temporary, set-aside or index files");
        String id = CaseRepository.commit(dir, null, new Author("  Bo ", null));
        assertEquals(Set.of(), CaseRepository.changedPaths(dir));
        try (Git git = Git.open(dir.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals(id, head.getName());
            assertEquals("Glossa: annotations by Bo", head.getFullMessage());
            PersonIdent author = head.getAuthorIdent();
            assertEquals("Bo", author.getName());
            assertEquals("", author.getEmailAddress());
            assertEquals("Bo", head.getCommitterIdent().getName(), "the coder also commits");
            var tree = new java.util.TreeSet<String>();
            try (var walk = new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
                walk.addTree(head.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    tree.add(walk.getPathString());
                }
            }
            assertEquals(Set.of(".gitattributes", ".gitignore", SIDECAR, "memo.txt"), tree);
        }
    }

    @Test
    void aBlankMessageBecomesTheDefaultOneAndAGivenOneIsKept() throws Exception {
        Path dir = sharedCase();
        record Row(String given, String expected) {
        }
        int n = 0;
        for (Row row : List.of(new Row(null, "Glossa: annotations by Anna"),
                new Row("   ", "Glossa: annotations by Anna"), new Row("coded section 2", "coded section 2"))) {
            Files.writeString(dir.resolve("memo.txt"), "change " + n++, StandardCharsets.UTF_8);
            CaseRepository.commit(dir, row.given(), ANNA);
            try (Git git = Git.open(dir.toFile())) {
                assertEquals(row.expected(), git.log().setMaxCount(1).call().iterator().next().getFullMessage(),
                        String.valueOf(row.given()));
            }
        }
    }

    @Test
    void anAuthorNeedsANameAndIsStoredTrimmed() {
        for (String name : new String[] { null, "", "   " }) {
            assertThrows(IllegalArgumentException.class, () -> new Author(name, "x@example.org"), "[" + name + "]");
        }
        assertEquals(new Author("Anna", ""), new Author(" Anna ", null));
        assertEquals("anna@example.org", new Author("Anna", " anna@example.org ").email());
    }

    @Test
    void aCloneGoesIntoANewOrAnEmptyFolder() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CaseRepository.clone(remote, empty, Credentials.NONE, null);
        assertTrue(CaseRepository.isShared(empty));
        assertTrue(Files.exists(empty.resolve(SIDECAR)));
        assertEquals(remote, CaseRepository.remoteUrl(empty));

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        TeamException e = assertThrows(TeamException.class,
                () -> CaseRepository.clone(remote, file, Credentials.NONE, null));
        assertTrue(e.getMessage().contains("must be new or empty"), e.getMessage());
        assertEquals("x", Files.readString(file), "the file is untouched");
    }

    @Test
    void aRemoteWithoutHeadMainOrMasterClonesItsFirstBranchByName() throws Exception {
        // A bare repository whose HEAD names a branch that does not exist, holding "zeta", "alpha" and a ref that is
        // no branch at all (sorting before refs/heads/).
        Path bare = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("trunk").call().close();
        Path work = Files.createDirectories(tmp.resolve("work"));
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("w").call()) {
            for (String branch : List.of("refs/backup/old", "refs/heads/zeta", "refs/heads/alpha")) {
                Files.writeString(work.resolve("which.txt"), branch, StandardCharsets.UTF_8);
                git.add().addFilepattern(".").call();
                git.commit().setMessage(branch).setAuthor("T", "t@example.org").setCommitter("T", "t@example.org")
                        .call();
                git.push().setRemote(bare.toUri().toString()).setRefSpecs(new RefSpec("HEAD:" + branch)).call();
            }
        }
        Path dir = tmp.resolve("clone");
        CaseRepository.clone(bare.toUri().toString(), dir, Credentials.NONE, null);
        assertEquals("alpha", CaseRepository.head(dir).branch());
        assertEquals("refs/heads/alpha", Files.readString(dir.resolve("which.txt")));
    }

    @Test
    void aCancelledCloneThrowsCancelAndLeavesNoHalfCase() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        Path dir = tmp.resolve("clone");
        // Cancelled before the objects came: JGit's checkout then misses them (an internal error); still a cancel.
        assertThrows(OperationCanceledException.class, () -> CaseRepository.clone(remote, dir, Credentials.NONE,
                monitor));
        assertFalse(Files.exists(dir), "no half-cloned case: the folder can be cloned into again");
    }

    @Test
    void theBranchesToCompareWithAreLocalOnesThenTheRemotesAndNoneOutsideARepository() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path dir = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        try (Git git = Git.open(dir.toFile())) {
            git.branchCreate().setName("coder-bo").call();
        }
        assertEquals(List.of("coder-bo", "main", "origin/main"), CaseRepository.branches(dir.resolve(SIDECAR)));

        Path outside = Files.createDirectories(tmp.resolve("outside"));
        assertEquals(List.of(), CaseRepository.branches(outside.resolve(SIDECAR)));
    }

    @Test
    void aRemoteSetOnACaseIsWhereTheNextSyncGoes() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path dir = sharedCase();
        assertNull(CaseRepository.remoteUrl(dir));
        CaseRepository.setRemote(dir, remote);
        assertEquals(remote, CaseRepository.remoteUrl(dir));

        // The sync names no URL; it pulls the seed's commit from the remote set here and pushes back.
        var result = CaseRepository.sync(dir, null, null, ANNA, Credentials.NONE, null);
        assertEquals(glossa.team.SyncResult.Status.SYNCHRONIZED, result.status(), result.message());
        try (Git git = Git.open(dir.toFile())) {
            assertNotNull(git.getRepository().resolve(Constants.R_REMOTES + "origin/main"),
                    "remote-tracking branches are fetched");
            assertTrue(git.log().call().iterator().hasNext());
        }
    }
}
