package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.io.SidecarStore;
import glossa.core.text.ContentHash;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * What an imported article's sidecar says about itself, so that Glossa treats it like one it made: the format version,
 * the encoding, the hash of the text it was annotated against (without it a later change of the text could not be
 * told), the codebook named after the project, the title from a "Title" variable, annotations anchored exactly, with
 * their status and memos from the selection, the coding and notes kept in files, relations with stable ids; positions
 * at the very edges of the text; and progress per article.
 */
class ProjectImportDocumentTest {

    @TempDir
    Path dir;

    private static final String TEXT = "标题 Title line\n一、总体要求 😀 end";
    private static final String CODE = "11111111-1111-4111-8111-111111111111";
    private static final String SOURCE = "22222222-2222-4222-8222-222222222222";
    private static final String AUTHOR_VAR = "88888888-8888-4888-8888-888888888881";
    private static final String TITLE_VAR = "88888888-8888-4888-8888-888888888882";

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String selection(int n, int start, int end, String description, String codingNotes) {
        return "<PlainTextSelection guid=\"33333333-3333-4333-8333-33333333333" + n + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\">" + (description == null ? "" : "<Description>" + description
                        + "</Description>")
                + "<Coding guid=\"44444444-4444-4444-8444-44444444444" + n + "\"><CodeRef targetGUID=\"" + CODE
                + "\"/>" + codingNotes + "</Coding></PlainTextSelection>";
    }

    private Path archive(String selections, String notes, String links) throws IOException {
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"政策项目\"><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"claim\"/></Codes></CodeBook>"
                + "<Variables><Variable guid=\"" + AUTHOR_VAR + "\" name=\"Author\" typeOfVariable=\"Text\"/>"
                + "<Variable guid=\"" + TITLE_VAR + "\" name=\"title\" typeOfVariable=\"Text\"/></Variables>"
                + "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"a.txt\" plainTextPath=\"internal://" + SOURCE
                + ".txt\"><VariableValue><VariableRef targetGUID=\"" + AUTHOR_VAR + "\"/><TextValue>Ann</TextValue>"
                + "</VariableValue><VariableValue><VariableRef targetGUID=\"" + TITLE_VAR + "\"/><TextValue>"
                + "项目标题</TextValue></VariableValue>" + selections + "</TextSource></Sources>" + notes + links
                + "</Project>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/" + SOURCE + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/note-1.txt", "\uFEFF笔记 from a file".getBytes(StandardCharsets.UTF_8));
        Path qdpx = dir.resolve("in.qdpx");
        Files.write(qdpx, RefiQdaFiles.zip(entries));
        return qdpx;
    }

    private Document imported(Path qdpx) throws IOException {
        ProjectImport.run(qdpx, dir.resolve("case"), null);
        List<AnnotatedArticle> articles = CaseArticles.load(dir.resolve("case"), null).articles();
        assertEquals(1, articles.size());
        return new SidecarStore().load(AnnotatedArticle.sidecarOf(articles.get(0).articlePath()));
    }

    @Test
    void theSidecarDescribesTheArticleAsGlossaWouldHave() throws IOException {
        int length = codePoints(TEXT);
        Document d = imported(archive(selection(1, 0, length, null, ""), "", ""));
        assertEquals(SidecarStore.CURRENT_VERSION, d.getFormatVersion());
        assertEquals("UTF-8", d.getEncoding());
        assertEquals(ContentHash.of(TEXT), d.getContentHash(), "the hash of the text the annotations belong to");
        assertEquals("a.txt", d.getSourcePath());
        assertEquals("政策项目", d.getCodebook().getName());
        assertEquals("项目标题", d.getTitle(), "the value of the variable named Title, in any case");
        Annotation whole = d.getAnnotations().get(0);
        assertEquals(0, whole.getBegin());
        assertEquals(TEXT.length(), whole.getEnd(), "a selection of the whole text, the emoji counted once");
        assertEquals(TEXT, whole.getQuote());
        assertEquals(AnchorState.EXACT, whole.getAnchor());
        assertEquals(AnnotationStatus.CONFIRMED, whole.getStatus());
    }

    @Test
    void aSelectionOnePastTheEndIsRefusedAndNothingWritten() throws IOException {
        int length = codePoints(TEXT);
        Path qdpx = archive(selection(1, 1, length + 1, null, ""), "", "");
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        assertTrue(e.getMessage().contains("positions 1.." + (length + 1) + " lie outside source 'a.txt' ("
                + length + " characters)"), e.getMessage());
        assertEquals(List.of("in.qdpx"), RefiQdaFiles.listing(dir));
    }

    @Test
    void statusAndMemosComeFromTheSelectionTheCodingAndNoteFiles() throws IOException {
        String notes = "<Notes><Note guid=\"66666666-6666-4666-8666-666666666661\" plainTextPath=\"internal://note-1"
                + ".txt\"/><Note guid=\"66666666-6666-4666-8666-666666666662\"><PlainTextContent>inline note"
                + "</PlainTextContent></Note></Notes>";
        String selections = selection(1, 0, 2, "free text 说明\n\n[Glossa]\nstatus: suggested\n@stance: 支持",
                "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666661\"/>")
                + selection(2, 3, 8, null, "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666662\"/>");
        Document d = imported(archive(selections, notes, ""));
        Annotation first = d.getAnnotations().stream().filter(a -> a.getBegin() == 0).findFirst().orElseThrow();
        assertEquals(AnnotationStatus.SUGGESTED, first.getStatus());
        assertEquals("free text 说明\n\n笔记 from a file", first.getMemo(), "the description, then the note's file");
        assertEquals("支持", first.getAttributes().get(0).getValue());
        assertEquals("stance", first.getAttributes().get(0).getName());
        Annotation second = d.getAnnotations().stream().filter(a -> a.getBegin() == 3).findFirst().orElseThrow();
        assertEquals("inline note", second.getMemo(), "a note on the coding alone");
        assertEquals(AnnotationStatus.CONFIRMED, second.getStatus());
    }

    @Test
    void relationsKeepTheLinksGuidAsTheirId() throws IOException {
        String links = "<Links><Link guid=\"77777777-7777-4777-8777-77777777777A\" name=\"supports\" originGUID=\""
                + "33333333-3333-4333-8333-333333333331\" targetGUID=\"33333333-3333-4333-8333-333333333332\"/>"
                + "</Links>";
        Document d = imported(archive(selection(1, 0, 2, null, "") + selection(2, 3, 8, null, ""), "", links));
        assertEquals(1, d.getRelations().size());
        assertEquals("r-77777777-7777-4777-8777-77777777777a", d.getRelations().get(0).getId(),
                "the link's GUID, in lower case, so that a second import gives the same id");
    }

    @Test
    void progressAdvancesOncePerArticle() throws IOException {
        int[] worked = { 0 };
        ProjectImport.run(archive(selection(1, 0, 2, null, ""), "", ""), dir.resolve("case"),
                new NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        worked[0] += work;
                    }
                });
        assertEquals(3, worked[0], "reading the project, the one article, writing the case");
    }
}
