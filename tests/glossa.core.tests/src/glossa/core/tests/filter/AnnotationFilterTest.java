package glossa.core.tests.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;

/**
 * What {@link AnnotationFilter} lets through, as a table: one filter facet at a time, with missing values (no type,
 * no status, no author, no quote) and the text match in quote, memo and attribute values.
 */
class AnnotationFilterTest {

    private static final AnnotationStatus C = AnnotationStatus.CONFIRMED;
    private static final AnnotationStatus S = AnnotationStatus.SUGGESTED;

    /** A filter: hidden types, statuses and authors as comma lists ("" for none), and the text. */
    private static AnnotationFilter filter(String hidden, String statuses, String authors, String text) {
        Set<AnnotationStatus> st = split(statuses).stream().map(AnnotationStatus::get).collect(Collectors.toSet());
        return new AnnotationFilter(split(hidden), st, split(authors), text);
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(list.split(",")));
    }

    /** An annotation: type id (null: no type), status, author, quote, memo, one attribute value (each may be null). */
    private static Annotation annotation(String type, AnnotationStatus status, String author, String quote,
            String memo, String attribute) {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        if (type != null) {
            AnnotationType t = GlossaFactory.eINSTANCE.createAnnotationType();
            t.setId(type);
            a.setType(t);
        }
        a.setStatus(status);
        a.setAuthor(author);
        a.setQuote(quote);
        a.setMemo(memo);
        if (attribute != null) {
            a.getAttributes().add(AnnotationFactory.attribute("actor", attribute));
        }
        return a;
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // hidden, statuses, authors, text | type, status, author, quote, memo, attribute | shown
                Arguments.of("", "", "", "", "claim", C, "alice", "q", null, null, true),
                Arguments.of("", "", "", "", null, null, null, null, null, null, true),
                // types
                Arguments.of("claim", "", "", "", "claim", C, "alice", "q", null, null, false),
                Arguments.of("claim", "", "", "", "measure", C, "alice", "q", null, null, true),
                Arguments.of("claim,measure", "", "", "", "measure", C, "alice", "q", null, null, false),
                Arguments.of("claim", "", "", "", null, C, "alice", "q", null, null, true),
                // statuses
                Arguments.of("", "confirmed", "", "", "claim", C, "alice", "q", null, null, true),
                Arguments.of("", "confirmed", "", "", "claim", S, "alice", "q", null, null, false),
                Arguments.of("", "confirmed,suggested", "", "", "claim", S, "alice", "q", null, null, true),
                // authors
                Arguments.of("", "", "alice", "", "claim", C, "alice", "q", null, null, true),
                Arguments.of("", "", "alice", "", "claim", C, "bob", "q", null, null, false),
                Arguments.of("", "", "alice", "", "claim", C, null, "q", null, null, false),
                Arguments.of("", "", "alice,bob", "", "claim", C, "bob", "q", null, null, true),
                Arguments.of("", "", "", "", "claim", C, null, "q", null, null, true),
                // text: quote, memo, attribute, case, surrounding blanks, Chinese, missing values
                Arguments.of("", "", "", "签证", "claim", C, "alice", "限制签证发放", null, null, true),
                Arguments.of("", "", "", "签证", "claim", C, "alice", "出口管制", null, null, false),
                Arguments.of("", "", "", "visa", "claim", C, "alice", "Visa rules", null, null, true),
                Arguments.of("", "", "", "  VISA ", "claim", C, "alice", "visa rules", null, null, true),
                Arguments.of("", "", "", "visa", "claim", C, "alice", "q", "about VISAS", null, true),
                Arguments.of("", "", "", "visa", "claim", C, "alice", "q", "memo", "Visa office", true),
                Arguments.of("", "", "", "visa", "claim", C, "alice", null, null, null, false),
                Arguments.of("", "", "", "visa", "claim", C, "alice", "q", "memo", "other", false),
                Arguments.of("", "", "", "   ", "claim", C, "alice", null, null, null, true),
                // facets together: every one must hold
                Arguments.of("measure", "confirmed", "alice", "visa", "claim", C, "alice", "visa", null, null, true),
                Arguments.of("claim", "confirmed", "alice", "visa", "claim", C, "alice", "visa", null, null, false),
                Arguments.of("measure", "suggested", "alice", "visa", "claim", C, "alice", "visa", null, null, false),
                Arguments.of("measure", "confirmed", "bob", "visa", "claim", C, "alice", "visa", null, null, false),
                Arguments.of("measure", "confirmed", "alice", "tariff", "claim", C, "alice", "visa", null, null, false));
    }

    @ParameterizedTest(name = "[{index}] hidden={0} statuses={1} authors={2} text={3} / {4} {5} {6} {7} {8} {9} -> {10}")
    @MethodSource("table")
    void letsThroughWhatEveryFacetAllows(String hidden, String statuses, String authors, String text, String type,
            AnnotationStatus status, String author, String quote, String memo, String attribute, boolean shown) {
        AnnotationFilter filter = filter(hidden, statuses, authors, text);
        Annotation a = annotation(type, status, author, quote, memo, attribute);
        assertEquals(shown, filter.test(a));
        // testFacets is test without the text part.
        boolean facets = filter.testFacets(type, status, author);
        if (filter.text().isEmpty()) {
            assertEquals(shown, facets);
        } else if (shown) {
            assertTrue(facets);
        }
    }

    @Test
    void aMissingStatusPassesOnlyWhenNoStatusIsAsked() {
        // An annotation always has a status (the model's default is confirmed); the cache asks with null.
        assertFalse(filter("", "confirmed", "", "").testFacets("claim", null, "alice"));
        assertTrue(filter("", "", "", "").testFacets("claim", null, "alice"));
        assertTrue(filter("", "", "", "").testFacets(null, null, null));
    }

    @Test
    void emptyFiltersShowEverythingAndSayNone() {
        assertTrue(AnnotationFilter.ALL.isEmpty());
        assertTrue(filter("", "", "", "  ").isEmpty());
        assertTrue(filter("", "", "", null).isEmpty());
        assertEquals("none (all annotations)", AnnotationFilter.ALL.describe());
        for (AnnotationFilter f : List.of(filter("claim", "", "", ""), filter("", "confirmed", "", ""),
                filter("", "", "alice", ""), filter("", "", "", "x"))) {
            assertFalse(f.isEmpty(), f.describe());
        }
        assertSame(AnnotationFilter.ALL, AnnotationFilter.of(null));
    }

    @Test
    void describeNamesEachFacetSortedAndSeparated() {
        assertEquals("hidden types: a, b; status: confirmed, suggested; authors: alice, bob; text: 签证",
                filter("b,a", "suggested,confirmed", "bob,alice", " 签证 ").describe());
        assertEquals("status: confirmed", filter("", "confirmed", "", "").describe());
        assertEquals("authors: bob", filter("", "", "bob", "").describe());
        assertEquals("text: visa", filter("", "", "", "VISA").describe());
        assertEquals("hidden types: claim; text: x", filter("claim", "", "", "x").describe());
    }

    @Test
    void onlyTypesHidesEveryOtherKnownType() {
        AnnotationFilter f = AnnotationFilter.onlyTypes(Set.of("claim"), List.of("claim", "measure", "actor"));
        assertEquals(Set.of("measure", "actor"), f.hiddenTypes());
        assertTrue(f.isTypeVisible("claim"));
        assertFalse(f.isTypeVisible("measure"));
        assertTrue(f.isTypeVisible("unknown"), "a type the codebook did not list is not hidden");
        assertTrue(f.statuses().isEmpty());
        assertTrue(f.authors().isEmpty());
        assertEquals("", f.text());
    }

    @Test
    void ofCopiesTheSpecAndEqualityFollowsWhatPasses() {
        AnnotationFilterSpec spec = GlossaFactory.eINSTANCE.createAnnotationFilterSpec();
        spec.getHiddenTypes().add("claim");
        spec.getStatuses().add(C);
        spec.getAuthors().add("alice");
        spec.setText(" Visa ");
        AnnotationFilter f = AnnotationFilter.of(spec);
        assertEquals(Set.of("claim"), f.hiddenTypes());
        assertEquals(Set.of(C), f.statuses());
        assertEquals(Set.of("alice"), f.authors());
        assertEquals("visa", f.text());
        spec.getAuthors().add("bob");
        assertEquals(Set.of("alice"), f.authors(), "a snapshot: later edits of the spec do not leak in");

        AnnotationFilter same = filter("claim", "confirmed", "alice", "VISA");
        assertEquals(same, f);
        assertEquals(same.hashCode(), f.hashCode());
        assertNotEquals(filter("measure", "confirmed", "alice", "visa"), f);
        assertNotEquals(filter("claim", "suggested", "alice", "visa"), f);
        assertNotEquals(filter("claim", "confirmed", "bob", "visa"), f);
        assertNotEquals(filter("claim", "confirmed", "alice", "visas"), f);
        assertNotEquals(f, "claim");
    }
}
