package glossa.core.tests.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.Reanchorer;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * The context cases of Hypothesis's quote matcher (hypothesis/client, match-quote-test.js), as data: a repeated quote
 * in the opening of A Tale of Two Cities (public domain) decided by its prefix or its suffix alone. Each case is made
 * the way an analyst meets it: annotated on an old text, then re-anchored on the passage, with the other side of the
 * context empty (the quote at the edge of the old text), unrelated (rewritten since), or lightly edited. Scored as the
 * issue says: an orphan is a miss, a wrong occurrence counts twice.
 */
class HypothesisContextCasesTest {

    static final String PASSAGE = """
            It was the best of times, it was the worst of times,
                it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
                it was the epoch of incredulity, it was the season of Light, it was the
                season of Darkness, it was the spring of hope, it was the winter of despair, we had
                everything before us, we had nothing before us, we were all going direct to Heaven,
                we were all going direct the other way.""";

    /** A quote, the one side of context that decides, and which occurrence (1 or 2) it must land on. */
    record Case(String quote, String prefix, String suffix, int occurrence) {
        boolean byPrefix() {
            return prefix != null;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("before us", "we had everything", null, 1),
            new Case("before us", "we had nothing", null, 2),
            new Case("before us", "we had every-thing", null, 1),
            new Case("before us", "we had nout", null, 2),
            new Case("we had", null, "everything", 1),
            new Case("we had", null, "nothing", 2),
            new Case("we had", null, "ever ting", 1),
            new Case("we had", null, "nutting", 2));

    /** What stands on the side of the quote that does not decide. */
    enum OtherSide {
        /** Nothing: the quote was at the start or the end of the old text. */
        EMPTY,
        /** Words that appear nowhere in the passage, as after a rewrite of that sentence. */
        UNRELATED,
        /** The passage's own text on that side, with a word changed and a letter dropped. */
        LIGHTLY_EDITED
    }

    private static final String UNRELATED = "the harbour lights were dim and the ferry ran late";

    private final AnnotationType type = DefaultCodebook.create().getTypes().get(0);

    /** Offset of the {@code n}th (1-based) occurrence of {@code quote} in the passage. */
    static int occurrence(String quote, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = PASSAGE.indexOf(quote, at + 1);
        }
        return at;
    }

    /** The passage's text on the non-deciding side of the expected occurrence, lightly edited. */
    private static String editedOtherSide(Case c) {
        int at = occurrence(c.quote(), c.occurrence());
        String side = c.byPrefix()
                ? PASSAGE.substring(at + c.quote().length(), Math.min(PASSAGE.length(), at + c.quote().length() + 40))
                : PASSAGE.substring(Math.max(0, at - 40), at);
        side = side.replace("going", "heading").replace("despair", "despar").replace("nothing", "nothin")
                .replace("everything", "evrything");
        return side.replaceAll("\\s+", " ");
    }

    /** The old text the annotation was made on, and where its quote stood in it. */
    private String[] oldText(Case c, OtherSide other) {
        String otherText = switch (other) {
            case EMPTY -> "";
            case UNRELATED -> UNRELATED;
            case LIGHTLY_EDITED -> editedOtherSide(c);
        };
        if (c.byPrefix()) {
            return new String[] { c.prefix() + " ", c.quote(), otherText.isEmpty() ? "" : " " + otherText.strip() };
        }
        return new String[] { otherText.isEmpty() ? "" : otherText.strip() + " ", c.quote(), " " + c.suffix() };
    }

    private AnchorResult reanchor(String before, String quote, String after) {
        String old = before + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getAnnotations().add(AnnotationFactory.create(old, type, before.length(),
                before.length() + quote.length(), "analyst"));
        return new Reanchorer().reanchor(PASSAGE, document, null, null).results().get(0);
    }

    @ParameterizedTest
    @EnumSource(OtherSide.class)
    void eightOfEightWithTheOtherSide(OtherSide other) {
        int score = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : CASES) {
            String[] old = oldText(c, other);
            AnchorResult r = reanchor(old[0], old[1], old[2]);
            int expected = occurrence(c.quote(), c.occurrence());
            if (r.state() == AnchorState.ORPHANED) {
                misses.add(c + " orphaned (" + r.reason() + ")");
            } else if (r.newBegin() != expected) {
                score--;
                misses.add(c + " placed at " + r.newBegin() + ", expected " + expected);
            } else {
                assertEquals(c.quote(), r.newQuote());
                score++;
            }
        }
        assertEquals(8, score, other + ": " + misses);
    }

    @Test
    void theCasesAreWhatTheyClaim() {
        // Every quote occurs exactly twice, so the context alone has to choose.
        for (Case c : CASES) {
            assertTrue(occurrence(c.quote(), 2) > occurrence(c.quote(), 1), c.toString());
            assertEquals(-1, PASSAGE.indexOf(c.quote(), occurrence(c.quote(), 2) + 1), c.toString());
        }
        assertEquals(-1, PASSAGE.indexOf("harbour"));
    }

    @Test
    void withNoContextThatHelpsTheQuoteIsOrphanedAsAmbiguous() {
        AnchorResult r = reanchor("the harbour lights were dim: ", "we had", " and the ferry ran late");
        assertEquals(AnchorState.ORPHANED, r.state());
        assertEquals("ambiguous: 2 candidates", r.reason());
        assertTrue(r.isAmbiguous());
    }

    @Test
    void aClearWinnerCarriesNoReason() {
        AnchorResult r = reanchor("the harbour lights were dim: we had ", "nothing before us", ", we were all going");
        assertEquals(AnchorState.MOVED, r.state());
        assertEquals(PASSAGE.indexOf("nothing before us"), r.newBegin());
        assertNull(r.reason());
    }
}
