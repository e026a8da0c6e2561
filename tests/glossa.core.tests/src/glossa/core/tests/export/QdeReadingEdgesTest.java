package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;

/**
 * What {@code project.qde} may hold besides what Glossa imports, as real tools write it: elements Glossa has no place
 * for, inside every element it reads (but {@code Sources}, whose other children are sources of other kinds), are
 * passed over whole and change nothing; non-text sources are listed as skipped with their number of selections; a
 * coding without a code is refused.
 */
class QdeReadingEdgesTest {

    private static final String CODE = "11111111-1111-4111-8111-111111111111";
    private static final String USER = "55555555-5555-4555-8555-555555555555";
    private static final String VAR = "88888888-8888-4888-8888-888888888888";

    /** A project with {@code extra} inside each element the reader reads (empty: none). */
    private static String project(String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + "<Users>" + extra + "<User guid=\"" + USER + "\" name=\"Ann\">" + extra + "</User></Users>"
                + "<CodeBook>" + extra + "<Codes>" + extra + "<Code guid=\"" + CODE + "\" name=\"c\">" + extra
                + "<Description>d</Description></Code></Codes>" + extra + "</CodeBook>"
                + "<Variables>" + extra + "<Variable guid=\"" + VAR + "\" name=\"Title\">" + extra
                + "</Variable></Variables>" + extra
                + "<Sources><TextSource guid=\"22222222-2222-4222-8222-222222222222\" name=\"a.txt\" "
                + "plainTextPath=\"internal://a.txt\">" + extra + "<VariableValue>" + extra + "<VariableRef "
                + "targetGUID=\"" + VAR + "\"/><TextValue>t</TextValue></VariableValue>"
                + "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333333\" startPosition=\"0\" "
                + "endPosition=\"1\">" + extra + "<Coding guid=\"44444444-4444-4444-8444-444444444444\">" + extra
                + "<CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection></TextSource></Sources>"
                + "<Notes>" + extra + "<Note guid=\"66666666-6666-4666-8666-666666666666\">" + extra
                + "<PlainTextContent>n</PlainTextContent></Note></Notes>"
                + "<Links>" + extra + "<Link guid=\"77777777-7777-4777-8777-777777777777\" originGUID=\"" + CODE
                + "\" targetGUID=\"" + CODE + "\">" + extra + "</Link></Links>" + extra + "</Project>";
    }

    private static String describe(QdeProject p) {
        QdeProject.TextSource s = p.sources.get(0);
        QdeProject.Selection sel = s.selections.get(0);
        return p.users + " " + p.codes.get(0).name + "/" + p.codes.get(0).description + "/"
                + p.codes.get(0).children.size() + " " + p.variables + " " + s.variables + " " + s.selections.size()
                + " " + sel.codings.size() + ":" + sel.codings.get(0).codeRef + " " + p.notes.keySet() + "="
                + p.notes.values().iterator().next().content + " " + p.links.size() + " " + p.skipped;
    }

    private static QdeProject read(String xml) throws ImportFormatException {
        return QdeReader.readProject(xml.getBytes(StandardCharsets.UTF_8), "project.qde");
    }

    @Test
    void elementsGlossaHasNoPlaceForChangeNothingWhereverTheyAre() throws ImportFormatException {
        String plain = describe(read(project("")));
        String extra = "<Sets><Set guid=\"99999999-9999-4999-8999-999999999999\" name=\"s\"><Description>"
                + "<Code guid=\"" + CODE + "\" name=\"not a code\"/><Note/></Description></Set></Sets>";
        assertEquals(plain, describe(read(project(extra))));
        assertEquals(plain, describe(read(project("<x:Other xmlns:x=\"urn:elsewhere\"><User/><Coding/></x:Other>"))));
    }

    @Test
    void nonTextSourcesAreListedWithTheirSelections() throws ImportFormatException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\">"
                + "<Sources>"
                + "<PDFSource guid=\"a0000000-0000-4000-8000-000000000000\" name=\"none.pdf\"/>"
                + "<PDFSource guid=\"a1000000-0000-4000-8000-000000000000\" name=\"one.pdf\"><PDFSelection "
                + "guid=\"b1000000-0000-4000-8000-000000000000\"/></PDFSource>"
                + "<PictureSource guid=\"a2000000-0000-4000-8000-000000000000\" name=\"two.png\"><PictureSelection "
                + "guid=\"b2000000-0000-4000-8000-000000000000\"/><PictureSelection "
                + "guid=\"b3000000-0000-4000-8000-000000000000\"/></PictureSource></Sources></Project>";
        List<String> skipped = read(xml).skipped;
        assertEquals(3, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("PDFSource 'none.pdf' (line 2): Glossa imports"), skipped.get(0));
        assertTrue(skipped.get(1).startsWith("PDFSource 'one.pdf' (line 2) with 1 selection: "), skipped.get(1));
        assertTrue(skipped.get(2).startsWith("PictureSource 'two.png' (line 2) with 2 selections: "), skipped.get(2));
    }

    @Test
    void aCodingWithoutACodeIsRefused() {
        String xml = project("").replace("<CodeRef targetGUID=\"" + CODE + "\"/>", "");
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("<Coding guid=\"44444444-4444-4444-8444-444444444444\">: has no CodeRef"),
                e.getMessage());
    }

    @Test
    void whatFollowsTheRootIsCheckedInProjectsAndCodebooksInEitherParser() throws ImportFormatException {
        String codebook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
                + "<Codes><Code guid=\"" + CODE + "\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>";
        String after = "\n<!-- a comment --><?pi may follow?>\n";
        assertEquals(describe(read(project(""))), describe(read(project("") + after)));
        assertEquals(1, QdeReader.readCodebook(utf8(codebook + after), "c.qdc").size());
        for (String trailing : new String[] { "\n<Project/>", "\ntext" }) {
            for (boolean utf16 : new boolean[] { false, true }) {
                String xml = project("") + trailing;
                byte[] bytes = utf16 ? xml.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16) : utf8(xml);
                ImportFormatException e = assertThrows(ImportFormatException.class,
                        () -> QdeReader.readProject(bytes, "project.qde"), trailing + (utf16 ? " in UTF-16" : ""));
                assertEquals(3, e.line(), e.getMessage());
                assertTrue(e.getMessage().contains("project.qde"), e.getMessage());
            }
            ImportFormatException e = assertThrows(ImportFormatException.class,
                    () -> QdeReader.readCodebook(utf8(codebook + trailing), "c.qdc"));
            assertTrue(e.getMessage().contains("c.qdc") && e.line() == 3, e.getMessage());
        }
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
