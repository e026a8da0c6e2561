package glossa.core.anchor;

import static glossa.core.anchor.SearchFixture.cjk;
import static glossa.core.anchor.SearchFixture.substituted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.sections.SectionDetector;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * The re-anchoring's outcomes at their thresholds, one small text each: an unchanged quote stays EXACT (also at the
 * very start and end of the text, and inside a repeated passage); a moved one is MOVED when it is near where it is
 * expected, long enough to be unmistakable, or framed by its context, else ORPHANED; an edited one is FUZZY up to a
 * fifth of its letters edited and from {@link Reanchorer#MIN_FUZZY_LENGTH} letters, with a score that falls with
 * each edit and with a weaker context; the displacement of one annotation, its section's, and the change in the
 * text's length predict the next; a copy of the words elsewhere does not win over the quote's own edited sentence.
 */
class ReanchorerRulesTest {

    private final AnnotationType type = DefaultCodebook.create().getTypes().get(0);

    private Annotation annotate(Document document, String text, int begin, int end, boolean context) {
        Annotation a = AnnotationFactory.create(text, type, begin, end, "t");
        if (!context) {
            a.setPrefix("");
            a.setSuffix("");
        }
        document.getAnnotations().add(a);
        return a;
    }

    private static AnchorResult resultOf(ReanchorReport report, Annotation annotation) {
        return report.results().stream().filter(r -> r.annotation() == annotation).findFirst().orElseThrow();
    }

    /** The new text with the quote at old offset 1000 moved by {@code shift}: text inserted before, deleted after. */
    private static String shifted(String before, String quote, String after, int shift) {
        return before.substring(0, 900) + cjk(new Random(shift), shift) + before.substring(900) + quote
                + after.substring(0, 100) + after.substring(100 + shift);
    }

    @ParameterizedTest(name = "{0} letters moved by {1}, context {2}: {3}")
    @CsvSource({
            // length, shift, stored context kept, outcome
            "19, 16, false, MOVED", // near where it is expected: no support needed
            "19, 17, false, ORPHANED", // a step further, short, nothing to support it
            "20, 17, false, MOVED", // long enough to be unmistakable
            "20, 500, false, MOVED", "30, 900, false, MOVED",
            "7, 16, false, MOVED", "7, 17, false, ORPHANED",
            "10, 300, true, MOVED", // framed by its context
            "10, 300, false, ORPHANED", "12, 40, true, MOVED", "12, 40, false, ORPHANED", "3, 60, true, MOVED",
    })
    void aMovedQuoteIsFoundWhenNearUnmistakableOrFramed(int length, int shift, boolean context, AnchorState state) {
        Random random = new Random(length * 1000L + shift);
        String before = cjk(random, 1000);
        String after = cjk(random, 1000);
        String quote = cjk(random, length);
        String old = before + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 1000, 1000 + length, context);
        String revised = shifted(before, quote, after, shift);
        AnchorResult r = resultOf(new Reanchorer().reanchor(revised, document, old, null), a);
        assertEquals(state, r.state());
        if (state == AnchorState.MOVED) {
            assertEquals(1000 + shift, r.newBegin());
            assertEquals(1000 + shift + length, r.newEnd());
            assertEquals(quote, r.newQuote());
            assertEquals(1, r.score());
        } else {
            assertEquals(0, r.score());
            assertNull(r.newQuote());
            assertEquals(1000, r.newBegin(), "an orphan keeps its (clamped) old begin");
            assertEquals(1000, r.newEnd());
        }
    }

    @ParameterizedTest(name = "{0} letters, {1} edited: {2}")
    @CsvSource({
            // length, edits, outcome: at most a fifth edited, and only from 8 letters on
            "8, 1, FUZZY", "7, 1, ORPHANED", "9, 1, FUZZY", "10, 2, FUZZY", "10, 3, ORPHANED",
            "20, 4, FUZZY", "20, 5, ORPHANED", "25, 5, FUZZY", "25, 6, ORPHANED", "40, 8, FUZZY", "40, 9, ORPHANED",
    })
    void anEditedQuoteIsFuzzyWithinAFifthOfItsLetters(int length, int edits, AnchorState state) {
        Random random = new Random(length * 100L + edits);
        String before = cjk(random, 1000);
        String after = cjk(random, 1000);
        String quote = cjk(random, length);
        String old = before + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 1000, 1000 + length, true);
        String edited = substituted(quote, edits);
        AnchorResult r = resultOf(new Reanchorer().reanchor(before + edited + after, document, old, null), a);
        assertEquals(state, r.state());
        if (state == AnchorState.FUZZY) {
            assertEquals(1000, r.newBegin());
            assertEquals(edited, r.newQuote());
            assertTrue(r.score() > 0.5 && r.score() < 0.99, "score " + r.score());
        }
    }

    @Test
    void aFuzzyScoreFallsWithEachEditAndWithAWeakerContext() {
        Random random = new Random(5);
        String before = cjk(random, 1000);
        String after = cjk(random, 1000);
        String quote = cjk(random, 30);
        String old = before + quote + after;
        double last = 1;
        for (int edits = 1; edits <= 6; edits++) {
            Document document = GlossaFactory.eINSTANCE.createDocument();
            Annotation a = annotate(document, old, 1000, 1030, true);
            AnchorResult r = resultOf(
                    new Reanchorer().reanchor(before + substituted(quote, edits) + after, document, old, null), a);
            assertEquals(AnchorState.FUZZY, r.state(), edits + " edits");
            assertTrue(r.score() < last, edits + " edits: " + r.score() + " not below " + last);
            last = r.score();
        }
        // The same edited quote with a few letters of its context changed on both sides scores lower.
        Document intact = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(intact, old, 1000, 1030, true);
        String edited = substituted(quote, 2);
        double full = resultOf(new Reanchorer().reanchor(before + edited + after, intact, old, null), a).score();
        String blurred = before.substring(0, 975) + "XYZ" + before.substring(978) + edited + after.substring(0, 20)
                + "XYZ" + after.substring(23);
        Document other = GlossaFactory.eINSTANCE.createDocument();
        Annotation b = annotate(other, old, 1000, 1030, true);
        AnchorResult weaker = resultOf(new Reanchorer().reanchor(blurred, other, old, null), b);
        assertEquals(AnchorState.FUZZY, weaker.state());
        assertTrue(weaker.score() < full, weaker.score() + " not below " + full);
    }

    @Test
    void anUnchangedQuoteStaysExactAtTheVeryStartAndEndOfTheText() {
        Random random = new Random(3);
        String first = cjk(random, 10);
        String last = cjk(random, 10);
        String text = first + cjk(random, 500) + last;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, text, 0, 10, true);
        Annotation b = annotate(document, text, text.length() - 10, text.length(), true);
        ReanchorReport same = new Reanchorer().reanchor(text, document, text, null);
        assertEquals(AnchorState.EXACT, resultOf(same, a).state());
        assertEquals(AnchorState.EXACT, resultOf(same, b).state());
        assertEquals(text.length(), resultOf(same, b).newEnd());
        String inserted = first + "新" + text.substring(10);
        ReanchorReport report = new Reanchorer().reanchor(inserted, document, text, null);
        assertEquals(AnchorState.EXACT, resultOf(report, a).state());
        assertEquals(AnchorState.MOVED, resultOf(report, b).state());
        assertEquals(inserted.length() - 10, resultOf(report, b).newBegin());
    }

    @Test
    void insideARepeatedPassageAnUnchangedQuoteStaysAndAMovedOneIsAmbiguous() {
        Random random = new Random(9);
        String unit = cjk(random, 20);
        String before = cjk(random, 300);
        String text = before + unit.repeat(6) + cjk(random, 300);
        int at = 300 + 3 * 20; // the fourth copy of the unit; the third and fifth are framed alike
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, text, at, at + 10, true);
        AnchorResult unchanged = resultOf(new Reanchorer().reanchor(text, document, text, null), a);
        assertEquals(AnchorState.EXACT, unchanged.state());
        assertEquals(at, unchanged.newBegin());

        String revised = before.substring(0, 100) + cjk(random, 50) + text.substring(100);
        AnchorResult moved = resultOf(new Reanchorer().reanchor(revised, document, text, null), a);
        assertEquals(AnchorState.ORPHANED, moved.state());
        assertTrue(moved.isAmbiguous(), moved.reason());
    }

    @Test
    void theDisplacementOfTheAnnotationBeforePredictsTheNext() {
        // A long quote with its context, then 200 letters on a short one without: 500 letters are inserted before
        // both (and 500 deleted after, so that the text keeps its length). Only the first one's displacement tells
        // where the second went; listed in the document after it, the first is still placed first (text order).
        for (boolean confident : new boolean[] { true, false }) {
            Random random = new Random(21);
            String before = cjk(random, 2000);
            String first = cjk(random, 24);
            String between = cjk(random, 200);
            String second = cjk(random, 6);
            String after = cjk(random, 2000);
            String old = before + first + between + second + after;
            Document document = GlossaFactory.eINSTANCE.createDocument();
            Annotation b = annotate(document, old, 2224, 2230, false);
            Annotation a = annotate(document, old, 2000, 2024, confident);
            String revised = cjk(random, 500) + before + first + between + second + after.substring(500);
            ReanchorReport report = new Reanchorer().reanchor(revised, document, old, null);
            assertEquals(AnchorState.MOVED, resultOf(report, a).state());
            assertEquals(2500, resultOf(report, a).newBegin());
            if (confident) {
                assertEquals(AnchorState.MOVED, resultOf(report, b).state());
                assertEquals(2724, resultOf(report, b).newBegin());
            } else {
                // The first placement has no context to trust: it predicts nothing, and the second is not found.
                assertEquals(AnchorState.ORPHANED, resultOf(report, b).state());
            }
        }
    }

    @Test
    void withoutContextAQuoteIsFoundWhereItsOldOffsetScaledToTheNewLengthPoints() {
        Random random = new Random(25);
        String before = cjk(random, 1000);
        String quote = cjk(random, 10);
        String after = cjk(random, 1000);
        String old = before + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 1000, 1010, false);
        // Half as long again: 500 letters inserted before and 505 after; the quote is at 1500.
        String revised = cjk(random, 250) + before.substring(0, 500) + cjk(random, 250) + before.substring(500)
                + quote + after.substring(0, 500) + cjk(random, 505) + after.substring(500);
        AnchorResult r = resultOf(new Reanchorer().reanchor(revised, document, old, null), a);
        assertEquals(AnchorState.MOVED, r.state());
        assertEquals(1500, r.newBegin());
        // Without the old text its length is not known: the offset is not scaled, and the quote is too far.
        Document again = GlossaFactory.eINSTANCE.createDocument();
        Annotation b = annotate(again, old, 1000, 1010, false);
        assertEquals(AnchorState.ORPHANED, resultOf(new Reanchorer().reanchor(revised, again, null, null), b).state());
    }

    @Test
    void withoutContextAQuoteFollowsItsSectionWhenSectionsAreReordered() {
        Random random = new Random(27);
        String one = "一、背景介绍\n\n" + cjk(random, 600) + "\n\n";
        String twoBefore = cjk(random, 100);
        String quote = cjk(random, 8);
        String two = "二、措施说明\n\n" + twoBefore + quote + cjk(random, 400) + "\n\n";
        String old = one + two;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(SectionDetector.detect(old));
        assertTrue(document.getSections().size() >= 2, "sections: " + document.getSections().size());
        int at = old.indexOf(quote);
        Annotation a = annotate(document, old, at, at + quote.length(), false);
        String revised = two + one;
        AnchorResult r = resultOf(new Reanchorer().reanchor(revised, document, old, null), a);
        assertEquals(AnchorState.MOVED, r.state());
        assertEquals(revised.indexOf(quote), r.newBegin());
    }

    @Test
    void theQuotesOwnEditedSentenceWinsOverAnExactCopyFarAway() {
        // A sentence said twice: in its paragraph (annotated) and, 1500 letters on, in a summary. Its own sentence is
        // then edited: the exact copy in the summary is another use of the words, not the annotation's place.
        Random random = new Random(29);
        String before = cjk(random, 1000);
        String sentence = cjk(random, 24);
        String middle = cjk(random, 1500);
        String end = cjk(random, 500);
        String old = before + sentence + middle + sentence + end;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 1000, 1024, true);
        String edited = substituted(sentence, 2);
        AnchorResult r = resultOf(new Reanchorer().reanchor(before + edited + middle + sentence + end, document, old,
                null), a);
        assertEquals(AnchorState.FUZZY, r.state());
        assertEquals(1000, r.newBegin());
        assertEquals(edited, r.newQuote());
        // Edited beyond the budget of a placement (but not of a remnant): orphaned, still not moved to the copy.
        Document again = GlossaFactory.eINSTANCE.createDocument();
        Annotation b = annotate(again, old, 1000, 1024, true);
        AnchorResult lost = resultOf(new Reanchorer().reanchor(before + substituted(sentence, 6) + middle + sentence
                + end, again, old, null), b);
        assertEquals(AnchorState.ORPHANED, lost.state());
    }

    @Test
    void anAnnotationWhoseOnlyPlaceIsAnotherAnnotationsTextIsOrphaned() {
        // The same sentence twice, each copy annotated; the first copy is deleted. Both find the second copy; the
        // one whose own text it is keeps it, the other gives way.
        Random random = new Random(31);
        String before = cjk(random, 400);
        String sentence = cjk(random, 30);
        String middle = cjk(random, 800);
        String end = cjk(random, 400);
        String old = before + sentence + middle + sentence + end;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation first = annotate(document, old, 400, 430, true);
        Annotation second = annotate(document, old, 1230, 1260, true);
        String revised = before + middle + sentence + end;
        ReanchorReport report = new Reanchorer().reanchor(revised, document, old, null);
        assertEquals(AnchorState.MOVED, resultOf(report, second).state());
        assertEquals(1200, resultOf(report, second).newBegin());
        AnchorResult lost = resultOf(report, first);
        assertEquals(AnchorState.ORPHANED, lost.state());
        assertEquals(ClaimCheck.REASON, lost.reason());
    }

    @Test
    void aPlacementThatGaveWayNoLongerLeadsTheAnnotationsAfterIt() {
        // A passage said twice (sentence, context and the short word after it); the first copy is deleted. The first
        // copy's sentence lands on the second's, well framed, and predicts that the word after it moved as far: it
        // did not, that is the second copy's word. Once the sentence gives way to the second copy's own annotation,
        // the word is placed again without that prediction, and is not found.
        Random random = new Random(37);
        String passage = cjk(random, 40) + cjk(random, 30) + cjk(random, 40) + cjk(random, 6);
        String sentence = passage.substring(40, 70);
        String word = passage.substring(110, 116);
        String before = cjk(random, 400);
        String middle = cjk(random, 800);
        String end = cjk(random, 400);
        String old = before + passage + middle + passage + end;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        int second = old.lastIndexOf(sentence);
        Annotation lost = annotate(document, old, 440, 470, true);
        Annotation other = annotate(document, old, 510, 516, false);
        Annotation own = annotate(document, old, second, second + 30, true);
        String revised = before + middle + passage + end;
        ReanchorReport report = new Reanchorer().reanchor(revised, document, old, null);
        assertEquals(AnchorState.MOVED, resultOf(report, own).state());
        assertEquals(revised.indexOf(sentence), resultOf(report, own).newBegin());
        assertEquals(AnchorState.ORPHANED, resultOf(report, lost).state());
        assertEquals(ClaimCheck.REASON, resultOf(report, lost).reason());
        assertEquals(AnchorState.ORPHANED, resultOf(report, other).state(),
                "not on " + revised.indexOf(word) + " where the sentence that gave way predicted it");
    }

    @Test
    void anAnnotationThatGaveWayReturnsToItsOwnUnchangedText() {
        // The same framed sentence twice, each copy annotated. Around the first copy the context is rewritten (same
        // lengths, so no offset moves): its annotation first prefers the well-framed second copy, gives way to the
        // annotation whose text that is, and then takes its own text, unchanged at its old offsets.
        Random random = new Random(39);
        String frameBefore = cjk(random, 40);
        String sentence = cjk(random, 30);
        String frameAfter = cjk(random, 40);
        String passage = frameBefore + sentence + frameAfter;
        String before = cjk(random, 400);
        String middle = cjk(random, 800);
        String end = cjk(random, 400);
        String old = before + passage + middle + passage + end;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        int first = 440;
        int second = old.lastIndexOf(sentence);
        Annotation mine = annotate(document, old, first, first + 30, true);
        Annotation theirs = annotate(document, old, second, second + 30, true);
        String revised = before + cjk(random, 40) + sentence + cjk(random, 40) + middle + passage + end;
        ReanchorReport report = new Reanchorer().reanchor(revised, document, old, null);
        assertEquals(AnchorState.EXACT, resultOf(report, theirs).state());
        AnchorResult back = resultOf(report, mine);
        assertEquals(first, back.newBegin(), back.state() + " " + back.reason());
        assertEquals(AnchorState.EXACT, back.state());
    }

    @Test
    void emptyTextsAndBlankQuotesAreOrphanedInsideTheText() {
        String old = "技术出口管制升级。  \n中美竞争";
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 0, 4, true);
        Annotation blank = GlossaFactory.eINSTANCE.createAnnotation();
        blank.setBegin(9);
        blank.setEnd(12);
        blank.setQuote("  \n");
        document.getAnnotations().add(blank);
        ReanchorReport empty = new Reanchorer().reanchor("", document, old, null);
        for (AnchorResult r : empty.results()) {
            assertEquals(AnchorState.ORPHANED, r.state());
            assertEquals(0, r.newBegin());
            assertEquals(0, r.newEnd());
        }
        ReanchorReport same = new Reanchorer().reanchor(old, document, old, null);
        assertEquals(AnchorState.EXACT, resultOf(same, a).state());
        assertEquals(AnchorState.ORPHANED, resultOf(same, blank).state());
        assertEquals(9, resultOf(same, blank).newBegin());
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        Random random = new Random(33);
        String before = cjk(random, 500);
        String after = cjk(random, 500);
        String quote = "\uD840\uDC00\uD840\uDC01技术出口管制\uD840\uDC02"; // 𠀀𠀁技术出口管制𠀂: 12 chars
        String old = before + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        Annotation a = annotate(document, old, 500, 512, true);
        String moved = "\uD840\uDC03".repeat(10) + old;
        AnchorResult r = resultOf(new Reanchorer().reanchor(moved, document, old, null), a);
        assertEquals(AnchorState.MOVED, r.state());
        assertEquals(520, r.newBegin());
        assertEquals(quote, r.newQuote());
        // The low half of the last pair changed (one edit): the fuzzy place still holds the whole pair.
        for (String edited : new String[] { quote.substring(0, 11) + "\uDC04", "\uD840\uDC05" + quote.substring(2),
                quote.substring(0, 4) + "技术出品管制" + quote.substring(10) }) {
            Document d = GlossaFactory.eINSTANCE.createDocument();
            Annotation b = annotate(d, old, 500, 512, true);
            AnchorResult f = resultOf(new Reanchorer().reanchor(before + edited + after, d, old, null), b);
            assertEquals(AnchorState.FUZZY, f.state(), edited);
            assertEquals(edited, f.newQuote());
        }
    }

    @Test
    void progressAddsUpToTheTaskAndEnds() {
        class Recording extends NullProgressMonitor {
            int total = -1;
            int worked;
            int done;

            @Override
            public void beginTask(String name, int totalWork) {
                total = totalWork;
            }

            @Override
            public void worked(int work) {
                worked += work;
            }

            @Override
            public void done() {
                done++;
            }
        }
        Random random = new Random(35);
        String text = cjk(random, 2000);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        for (int i = 0; i < 130; i++) { // past one check for cancelling (every 128)
            annotate(document, text, i * 15, i * 15 + 10, true);
        }
        Recording monitor = new Recording();
        ReanchorReport report = new Reanchorer().reanchor(text, document, text, monitor);
        assertEquals(130, report.count(AnchorState.EXACT));
        assertTrue(monitor.total >= 130, "total " + monitor.total);
        assertEquals(monitor.total, monitor.worked);
        assertEquals(1, monitor.done);
        assertEquals(List.copyOf(document.getAnnotations()),
                report.results().stream().map(AnchorResult::annotation).toList(), "document order");
    }
}
