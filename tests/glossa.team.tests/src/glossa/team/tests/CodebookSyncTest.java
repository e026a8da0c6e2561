package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.BO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.merge.MergeResult;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.team.tests.TeamCli.Result;

/** The case codebook file (.glossa-codebook.xmi) merged type by type, by sync and by the git merge driver. */
class CodebookSyncTest {

    @TempDir
    Path tmp;

    @Test
    void aRenameAndARecolourAreBothKeptAddedTypesUnitedAndARealConflictRecorded() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = Files.createDirectories(tmp.resolve("seed"));
        CaseCodebook.load(seed).save();
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));

        edit(anna, codebook -> {
            type(codebook, DefaultCodebook.CLAIM).setName("Assertion");
            type(codebook, DefaultCodebook.POLICY_MEASURE).setDescription("Anna's definition");
            codebook.getTypes().add(newType("anna-frame", "Frame (Anna)"));
        });
        edit(bo, codebook -> {
            type(codebook, DefaultCodebook.CLAIM).setColor("#123456");
            type(codebook, DefaultCodebook.POLICY_MEASURE).setDescription("Bo's definition");
            codebook.getTypes().add(newType("bo-actor", "Actor (Bo)"));
        });

        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        SyncResult bos = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, bos.status(), bos.message());
        assertTrue(bos.merged().contains(CaseCodebook.FILE_NAME), bos.merged().toString());
        List<MergeResult.Conflict> conflicts = bos.fieldConflicts().get(CaseCodebook.FILE_NAME);
        assertEquals(1, conflicts.size(), String.valueOf(conflicts));
        assertEquals(DefaultCodebook.POLICY_MEASURE, conflicts.get(0).objectId());
        assertEquals("description", conflicts.get(0).feature());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());

        for (Path dir : List.of(anna, bo)) {
            String xmi = Files.readString(CaseCodebook.fileOf(dir), StandardCharsets.UTF_8);
            assertFalse(xmi.contains("<<<<<<<") || xmi.contains(">>>>>>>"), "no text conflict markers in " + dir);
            CaseCodebook merged = CaseCodebook.load(dir);
            Codebook codebook = merged.codebook();
            assertEquals("Assertion", type(codebook, DefaultCodebook.CLAIM).getName(), "Anna's rename kept");
            assertEquals("#123456", type(codebook, DefaultCodebook.CLAIM).getColor(), "Bo's colour kept");
            assertEquals("Frame (Anna)", type(codebook, "anna-frame").getName());
            assertEquals("Actor (Bo)", type(codebook, "bo-actor").getName());
            assertEquals("Bo's definition", type(codebook, DefaultCodebook.POLICY_MEASURE).getDescription(),
                    "the conflict keeps the value of whoever merged (Bo)");
            List<MergeConflict> recorded = merged.conflicts();
            assertEquals(1, recorded.size(), "the conflict travels with the file to " + dir);
            assertEquals("Anna's definition", recorded.get(0).getTheirs());
            assertEquals("Bo's definition", recorded.get(0).getOurs());
        }
        assertEquals(Files.readString(CaseCodebook.fileOf(anna)), Files.readString(CaseCodebook.fileOf(bo)));
    }

    @Test
    void theGitMergeDriverTellsTheCodebookFromASidecarAndMergesItByType() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        assertEquals(0, cli("case", "share", dir.toString()).code());
        assertTrue(Files.readString(dir.resolve(".gitattributes")).lines()
                .anyMatch((CaseCodebook.FILE_NAME + " merge=glossa")::equals));

        Path base = codebookFile("base", codebook -> { });
        Path ours = codebookFile("ours", codebook -> {
            type(codebook, DefaultCodebook.CLAIM).setName("Assertion");
            codebook.getTypes().add(newType("ours-type", "Ours"));
        });
        Path theirs = codebookFile("theirs", codebook -> {
            type(codebook, DefaultCodebook.CLAIM).setColor("#abcdef");
            type(codebook, DefaultCodebook.CLAIM).setName("Statement");
            codebook.getTypes().add(newType("theirs-type", "Theirs"));
        });
        Result merged = cli("merge", base.toString(), ours.toString(), theirs.toString(), "--json");
        assertEquals(1, merged.code(), merged.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ((Map<String, Object>) Json
                .parse(merged.out())).get("conflicts");
        assertEquals(1, conflicts.size());
        assertEquals("name", conflicts.get(0).get("field"));

        Path check = Files.createDirectories(tmp.resolve("check"));
        Files.copy(ours, CaseCodebook.fileOf(check));
        CaseCodebook result = CaseCodebook.load(check);
        assertEquals("Assertion", type(result.codebook(), DefaultCodebook.CLAIM).getName());
        assertEquals("#abcdef", type(result.codebook(), DefaultCodebook.CLAIM).getColor());
        assertTrue(Codebooks.find(result.codebook(), "ours-type").isPresent());
        assertTrue(Codebooks.find(result.codebook(), "theirs-type").isPresent());
        assertEquals(1, result.conflicts().size());
    }

    private interface Edit {
        void apply(Codebook codebook);
    }

    private static void edit(Path dir, Edit edit) throws Exception {
        CaseCodebook codebook = CaseCodebook.load(dir);
        edit.apply(codebook.codebook());
        codebook.save();
    }

    private Path codebookFile(String name, Edit edit) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        CaseCodebook codebook = CaseCodebook.load(dir);
        edit.apply(codebook.codebook());
        codebook.save();
        return CaseCodebook.fileOf(dir);
    }

    private static AnnotationType type(Codebook codebook, String id) {
        return Codebooks.find(codebook, id).orElseThrow(() -> new AssertionError("no type " + id));
    }

    private static AnnotationType newType(String id, String name) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor("#808080");
        return type;
    }

    private static SyncResult sync(Path dir, glossa.team.Author author) throws Exception {
        return CaseRepository.sync(dir, null, null, author, Credentials.NONE, null);
    }

}
