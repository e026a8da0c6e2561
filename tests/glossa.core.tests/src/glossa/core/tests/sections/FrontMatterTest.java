package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.sections.FrontMatter;
import glossa.core.sections.FrontMatterMetadata;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/** Where YAML front matter ends, what its values read as, and what of it a new document takes. */
class FrontMatterTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '→', quoteCharacter = '`', value = {
            "`\"Quoted\"` → Quoted",
            "`'Single'` → Single",
            "`\"Mixed'` → `\"Mixed'`",
            "`'Mixed\"` → `'Mixed\"`",
            "`\"\"` → ``",
            "`\"` → `\"`",
            "`'` → `'`",
            "`Plain \"inner\" quotes` → `Plain \"inner\" quotes`" })
    void valuesAreUnquotedOnlyWhenTheSameQuoteClosesThem(String raw, String value) {
        Map<String, String> values = FrontMatter.values("---\nauthor: " + raw + "\n---\nText\n");
        assertEquals(value == null ? "" : value, values.get("author"));
    }

    @Test
    void theFrontMatterEndsWithItsClosingLineAndTheBodyIsNotRead() {
        String text = "---\nTitle: A\nURL Source: https://x.org\ntitle: second\n---\nkey: body line\n";
        assertEquals(text.indexOf("key:"), FrontMatter.end(text));
        Map<String, String> values = FrontMatter.values(text);
        assertEquals(Map.of("title", "A", "source_url", "https://x.org"), values, "keys lower case, first one wins");
        assertEquals(text.indexOf("key:"), FrontMatter.end(text.replace("\n---\nkey", "\n...\nkey")));
    }

    @Test
    void frontMatterLongerThanTheLimitIsNotFrontMatter() {
        // The closing line may start at MAX_CHARS - 1 at the latest.
        String head = "---\nnote: ";
        String fits = head + "x".repeat(FrontMatter.MAX_CHARS - 1 - head.length() - 1) + "\n---\nBody\n";
        assertEquals(FrontMatter.MAX_CHARS - 1, fits.indexOf("\n---\n") + 1);
        assertEquals(fits.indexOf("Body"), FrontMatter.end(fits));
        String tooLong = head + "x".repeat(FrontMatter.MAX_CHARS - head.length() - 1) + "\n---\nBody\n";
        assertEquals(FrontMatter.MAX_CHARS, tooLong.indexOf("\n---\n") + 1);
        assertEquals(0, FrontMatter.end(tooLong));
        assertEquals(Map.of(), FrontMatter.values(tooLong));
    }

    @Test
    void aTextWithoutFrontMatterLeavesTheDocumentAlone() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        assertFalse(FrontMatterMetadata.apply(document, "# Title\nauthor: someone\n"));
        assertNull(document.getTitle());
        assertNull(document.getProvenance());
    }

    @Test
    void aNewDocumentTakesTitleAndProvenance() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        assertTrue(FrontMatterMetadata.apply(document, """
                ---
                title: Budget
                url: https://example.org/budget
                byline: A. Writer
                pubdate: 2025-01-02
                site_name: Example News
                ---
                Text
                """));
        assertEquals("Budget", document.getTitle());
        Provenance p = document.getProvenance();
        assertEquals("https://example.org/budget", p.getUrl());
        assertEquals("A. Writer", p.getAuthor());
        assertEquals("2025-01-02", p.getPublished());
        assertEquals("Example News", p.getSite());
    }

    @Test
    void aSourceThatIsNoAddressIsNotTheUrl() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        assertTrue(FrontMatterMetadata.apply(document, "---\nsource: 新华社\npublisher: 新华社\n---\n正文\n"));
        assertEquals("", document.getProvenance().getUrl());
        assertEquals("新华社", document.getProvenance().getSite());
        assertNull(document.getTitle());
    }

    @Test
    void whatTheDocumentHasIsKeptAndThenNothingChanges() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("Analyst's title");
        Provenance mine = GlossaFactory.eINSTANCE.createProvenance();
        document.setProvenance(mine);
        assertFalse(FrontMatterMetadata.apply(document, "---\ntitle: Other\nurl: https://x.org\n---\nText\n"));
        assertEquals("Analyst's title", document.getTitle());
        assertSame(mine, document.getProvenance());
        // A blank title is no title: the front matter's is taken.
        document.setTitle(" ");
        assertTrue(FrontMatterMetadata.apply(document, "---\ntitle: Other\n---\nText\n"));
        assertEquals("Other", document.getTitle());
    }
}
