package glossa.core.anchor;

import static glossa.core.anchor.PlaceScorer.A_CONTEXT;
import static glossa.core.anchor.PlaceScorer.A_POSITION;
import static glossa.core.anchor.PlaceScorer.A_SECTION;
import static glossa.core.anchor.PlaceScorer.A_SIMILARITY;
import static glossa.core.anchor.PlaceScorer.W_CONTEXT;
import static glossa.core.anchor.PlaceScorer.W_POSITION;
import static glossa.core.anchor.PlaceScorer.W_SECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * How one place of a quote is scored: the agreement of its context, its closeness to where it is expected, and
 * membership of its old section, weighted. The text has two sections, "Animals" and "Plants", and the quote KEYWORD
 * once in each.
 */
class PlaceScorerTest {

    private static final String TEXT = "Animals\nThe quick brown fox jumps over the lazy dog. KEYWORD and then it ran far"
            + " away into the woods.\nPlants\nMore text here about trees and KEYWORD flowers.";
    private static final String QUOTE = "KEYWORD";
    private static final double POSITION_SCALE = 200;
    private static final double EPS = 1e-9;

    private NormalizedText folded;
    private SectionMap sections;
    private Section animals;
    private int start;
    private int realBegin;

    @BeforeEach
    void textWithTwoSections() {
        folded = NormalizedText.of(TEXT);
        animals = section("Animals", 0, 100);
        Section plants = section("Plants", 100, 200);
        sections = new SectionMap(List.of(animals, plants), folded, new QGramIndex(folded), TEXT.length(), 1);
        start = new String(folded.chars()).indexOf(QUOTE);
        realBegin = TEXT.indexOf(QUOTE);
    }

    private static Section section(String title, int begin, int end) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setTitle(title);
        s.setLevel(1);
        s.setBegin(begin);
        s.setEnd(end);
        return s;
    }

    private PlaceScorer scorer(String prefix, String suffix, Section section, double... expected) {
        SideMatcher before = new SideMatcher(true);
        before.setSide(NormalizedText.fold(prefix), folded);
        SideMatcher after = new SideMatcher(false);
        after.setSide(NormalizedText.fold(suffix), folded);
        return new PlaceScorer(folded, sections, POSITION_SCALE, NormalizedText.fold(QUOTE), before, after, expected,
                section);
    }

    private double context(String prefix, String suffix) {
        return scorer(prefix, suffix, null).context(start, start + QUOTE.length());
    }

    private double bothSides(String prefix, String suffix) {
        return scorer(prefix, suffix, null).bothSides(start, start + QUOTE.length());
    }

    /** The stored sides around the first KEYWORD, full ({@code ≥ 10} folded characters) or cut short. */
    private static final String PREFIX = "brown fox jumps over the lazy dog. ";
    private static final String SUFFIX = " and then it ran far away";
    private static final String PREFIX_4 = "dog.";
    private static final String PREFIX_8 = "lazy dog.";
    private static final String SUFFIX_5 = " and th";
    private static final String REWRITTEN = "ZZZZZZZZZZZZ";

    @ParameterizedTest(name = "prefix \"{0}\", suffix \"{1}\": {2}")
    @CsvSource(textBlock = """
            'brown fox jumps over the lazy dog. ', ' and then it ran far away', 1
            'brown fox jumps over the lazy dog. ', '',                          1
            '',                                    ' and then it ran far away', 1
            'ZZZZZZZZZZZZ',                        ' and then it ran far away', 1
            'brown fox jumps over the lazy dog. ', 'ZZZZZZZZZZZZ',              1
            '',                                    '',                          0
            'ZZZZZZZZZZZZ',                        'ZZZZZZZZZZZZ',              0
            """)
    void theBetterSideDecidesAndARewrittenSideIsMissingEvidence(String prefix, String suffix, double expected) {
        assertEquals(expected, context(prefix, suffix), EPS);
    }

    @Test
    void aSideCutShortCountsForLessTheShorterItIs() {
        double four = context(PREFIX_4, "");
        double eight = context(PREFIX_8, "");
        assertTrue(0 < four && four < eight && eight < 1, four + " < " + eight);
        assertEquals(four, context("", " and t"), EPS, "the same on either side");
        assertEquals(1, context("the lazy dog. ", ""), EPS, "10 characters and more are full");
    }

    @Test
    void theWeakerSideOnlyAdds() {
        double eight = context(PREFIX_8, "");
        double six = context("", SUFFIX_5);
        double both = context(PREFIX_8, SUFFIX_5);
        assertTrue(both > Math.max(eight, six), both + " > " + eight);
        assertTrue(both < eight + six, "less than the sum");
        assertTrue(both <= 1);
    }

    @Test
    void bothSidesIsTheWeakerSide() {
        assertEquals(1, bothSides(PREFIX, SUFFIX), EPS);
        assertEquals(context(PREFIX_4, ""), bothSides(PREFIX_4, SUFFIX), EPS);
        assertEquals(context("", SUFFIX_5), bothSides(PREFIX, SUFFIX_5), EPS);
        assertTrue(bothSides(PREFIX_4, SUFFIX) < 1);
        assertEquals(0, bothSides(PREFIX, ""), EPS);
        assertEquals(0, bothSides(REWRITTEN, SUFFIX), EPS);
    }

    /** Closeness to the expected places: 1 there, half at one position scale, the older expectations trusted less. */
    @ParameterizedTest(name = "expected {0}, at {1}: {2}")
    @CsvSource(textBlock = """
            100,  100,  1
            100,  300,  0.5
            100,  -100, 0.5
            100,  500,  0.3333333333333333
            100 500, 500, 1
            100 500 900, 900, 1
            """)
    void positionIsOneAtTheMostTrustedExpectedPlaceAndHalvesAtOneScale(String expected, int at, double position) {
        assertEquals(position, scorer("", "", null, places(expected)).position(at), EPS);
    }

    @Test
    void theNearestExpectationCounts() {
        PlaceScorer two = scorer("", "", null, 100, 5000);
        PlaceScorer one = scorer("", "", null, 5000);
        assertEquals(one.position(4900), two.position(4900), EPS);
        assertTrue(two.position(4900) > two.position(4700));
        assertTrue(two.position(5100) > two.position(5300));
    }

    @Test
    void olderExpectationsAreTrustedLess() {
        PlaceScorer three = scorer("", "", null, 100, 5000, 10000);
        assertTrue(three.position(100) < three.position(5000), "first below second");
        assertTrue(three.position(5000) < three.position(10000), "second below third");
        PlaceScorer two = scorer("", "", null, 100, 5000);
        assertTrue(two.position(100) < two.position(5000));
        assertEquals(three.position(5000), two.position(100), EPS, "trust goes by the rank from the most trusted");
        assertTrue(two.position(100) > 0.5, "still closer than one scale away from the trusted one");
    }

    @Test
    void withoutExpectationsNoPlaceIsClose() {
        PlaceScorer none = scorer("", "", null);
        assertEquals(0, none.position(100));
        assertEquals(Double.MAX_VALUE, none.offBy(100));
    }

    @ParameterizedTest(name = "expected {0}, at {1}: off by {2}")
    @CsvSource(textBlock = """
            100,     100, 0
            100,     90,  10
            100 500, 320, 180
            100 500, 280, 180
            100 500, 700, 200
            500 100, 90,  10
            """)
    void offByIsTheDistanceToTheNearestExpectedPlace(String expected, int at, double offBy) {
        assertEquals(offBy, scorer("", "", null, places(expected)).offBy(at), EPS);
    }

    private static double[] places(String list) {
        return Arrays.stream(list.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The total of an exact place: the evidence it has, each by its weight; all of it scores 1. */
    @ParameterizedTest(name = "context {0}, at the expected place {1}, in its section {2}")
    @CsvSource(textBlock = """
            true,  true,  true
            true,  true,  false
            true,  false, true
            false, true,  true
            false, false, false
            true,  false, false
            """)
    void exactPlaceTotal(boolean context, boolean atExpected, boolean inSection) {
        double position = atExpected ? 1 : 0.5;
        PlaceScorer scorer = scorer(context ? PREFIX : "", context ? SUFFIX : "", inSection ? animals : null,
                atExpected ? realBegin : realBegin + POSITION_SCALE);
        Candidate c = scorer.exact(start, start + QUOTE.length());
        double expected = (context ? W_CONTEXT : 0) + W_POSITION * position + (inSection ? W_SECTION : 0);
        assertEquals(expected, c.total(), EPS);
        assertEquals(context ? 1 : 0, c.context(), EPS);
        assertEquals(atExpected ? 0 : POSITION_SCALE, c.offBy(), EPS);
        assertEquals(0, c.distance());
        assertEquals(start, c.start());
        assertEquals(start + QUOTE.length(), c.end());
        assertTrue(c.total() <= PlaceScorer.upperBound(position) + EPS, "never above the bound for its position");
    }

    @Test
    void theUpperBoundIsReachedByAPlaceWithFullContextInItsSection() {
        for (double offset : new double[] { 0, POSITION_SCALE, 3 * POSITION_SCALE }) {
            PlaceScorer scorer = scorer(PREFIX, SUFFIX, animals, realBegin + offset);
            assertEquals(PlaceScorer.upperBound(scorer.position(realBegin)),
                    scorer.exact(start, start + QUOTE.length()).total(), EPS);
        }
        assertEquals(1, PlaceScorer.upperBound(1), EPS);
    }

    @Test
    void theWeightsOfAPlaceAddUpToOne() {
        assertEquals(1, W_CONTEXT + W_POSITION + W_SECTION, EPS);
        assertEquals(1, A_SIMILARITY + A_CONTEXT + A_POSITION + A_SECTION, EPS);
        assertTrue(A_SIMILARITY > A_CONTEXT && A_CONTEXT > A_POSITION && A_POSITION > A_SECTION,
                "an approximate place's own text counts most");
    }

    /** The total of an approximate place: its similarity to the quote first, then as for an exact place. */
    @ParameterizedTest(name = "distance {0}, context {1}, at the expected place {2}, in its section {3}")
    @CsvSource(textBlock = """
            0, true,  true,  true
            1, true,  true,  true
            2, true,  true,  true
            7, true,  true,  true
            2, false, true,  true
            2, true,  false, true
            2, true,  true,  false
            2, false, false, false
            """)
    void approximatePlaceTotal(int distance, boolean context, boolean atExpected, boolean inSection) {
        double similarity = 1 - distance / (double) QUOTE.length();
        double position = atExpected ? 1 : 0.5;
        PlaceScorer scorer = scorer(context ? PREFIX : "", context ? SUFFIX : "", inSection ? animals : null,
                atExpected ? realBegin : realBegin - POSITION_SCALE);
        Candidate c = scorer.approximate(start, start + QUOTE.length(), distance);
        double expected = A_SIMILARITY * similarity + (context ? A_CONTEXT : 0) + A_POSITION * position
                + (inSection ? A_SECTION : 0);
        assertEquals(expected, c.total(), EPS);
        assertEquals(distance, c.distance());
        assertEquals(context ? 1 : 0, c.context(), EPS);
        assertEquals(atExpected ? 0 : POSITION_SCALE, c.offBy(), EPS);
    }

    @Test
    void noSectionCreditOutsideTheOldSection() {
        // The second KEYWORD is in "Plants": an annotation from "Animals" gets no section credit there.
        int second = new String(folded.chars()).lastIndexOf(QUOTE);
        PlaceScorer scorer = scorer("", "", animals, folded.realBegin(second));
        assertEquals(W_POSITION, scorer.exact(second, second + QUOTE.length()).total(), EPS);
        PlaceScorer same = scorer("", "", animals, realBegin);
        assertEquals(W_POSITION + W_SECTION, same.exact(start, start + QUOTE.length()).total(), EPS);
    }
}
