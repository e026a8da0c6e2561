package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.merge.MergeResult;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * The three-way merge of a sidecar's own settings: its title, the active filter and the named filters (field by
 * field), and the analyst's corrected section tree (one value). Each row gives base, ours and theirs and what the
 * merged document holds.
 */
class SettingsMergeTest {

    private static final String NONE = "-";

    private static List<String> conflictFeatures(MergeResult result, String kind) {
        return result.conflicts().stream().filter(c -> c.objectKind().equals(kind)).map(MergeResult.Conflict::feature)
                .toList();
    }

    // --- named filters: text stands for the filter's content, "-" for no filter of that name ---

    static Stream<Arguments> namedFilters() {
        return Stream.of(
                Arguments.of("added by ours only", NONE, "x", NONE, "x", null),
                Arguments.of("added by theirs only", NONE, NONE, "x", "x", null),
                Arguments.of("added alike by both", NONE, "x", "x", "x", null),
                Arguments.of("added differently by both: ours kept", NONE, "x", "y", "x", "text"),
                Arguments.of("changed by theirs only", "a", "a", "y", "y", null),
                Arguments.of("changed by ours only", "a", "x", "a", "x", null),
                Arguments.of("changed differently by both: ours kept", "a", "x", "y", "x", "text"),
                Arguments.of("deleted by theirs, untouched by ours", "a", "a", NONE, NONE, null),
                Arguments.of("deleted by theirs, changed by ours: kept", "a", "x", NONE, "x", "deleted"),
                Arguments.of("deleted by ours, untouched by theirs", "a", NONE, "a", NONE, null),
                Arguments.of("deleted by ours, changed by theirs: theirs comes back", "a", NONE, "y", "y", "deleted"),
                Arguments.of("deleted by both", "a", NONE, NONE, NONE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void namedFilters(String rule, String base, String ours, String theirs, String merged, String conflict) {
        Document b = MergeFixtures.document();
        Document o = MergeFixtures.document();
        Document t = MergeFixtures.document();
        for (Document d : List.of(b, o, t)) {
            d.getFilters().add(filter("untouched", "same")); // a neighbour no side changed stays as it is
        }
        addNamed(b, base);
        addNamed(o, ours);
        addNamed(t, theirs);
        MergeResult result = MergeFixtures.apply(b, o, t);
        List<String> names = o.getFilters().stream().map(AnnotationFilterSpec::getName).toList();
        List<String> expectedNames = merged.equals(NONE) ? List.of("untouched") : List.of("untouched", "f");
        assertEquals(expectedNames, names);
        if (!merged.equals(NONE)) {
            assertEquals(merged, o.getFilters().get(1).getText());
        }
        assertEquals(conflict == null ? List.of() : List.of(conflict), conflictFeatures(result, "filter"));
        if (conflict != null) {
            assertEquals("f", result.conflicts().get(0).objectId());
        }
    }

    private static void addNamed(Document d, String text) {
        if (!text.equals(NONE)) {
            d.getFilters().add(filter("f", text));
        }
    }

    private static AnnotationFilterSpec filter(String name, String text) {
        AnnotationFilterSpec f = GlossaFactory.eINSTANCE.createAnnotationFilterSpec();
        f.setName(name);
        f.setText(text);
        return f;
    }

    @Test
    void everyFieldOfANamedFilterTheirsChangedIsTakenWhileOursKeepsItsOwnChange() {
        Document base = MergeFixtures.document();
        AnnotationFilterSpec f = filter("f", "出口");
        f.getHiddenTypes().add("claim");
        base.getFilters().add(f);
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getFilters().get(0).setText("芯片");
        AnnotationFilterSpec tf = theirs.getFilters().get(0);
        tf.getHiddenTypes().set(0, "policy-measure");
        tf.getStatuses().add(AnnotationStatus.SUGGESTED);
        tf.getAuthors().add("ana");
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        AnnotationFilterSpec merged = ours.getFilters().get(0);
        assertEquals("芯片", merged.getText());
        assertEquals(List.of("policy-measure"), merged.getHiddenTypes(), "theirs' list replaces ours', not appended");
        assertEquals(List.of(AnnotationStatus.SUGGESTED), merged.getStatuses());
        assertEquals(List.of("ana"), merged.getAuthors());
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    // --- the active filter: text stands for the filter, "-" for none ---

    static Stream<Arguments> activeFilter() {
        return Stream.of(
                Arguments.of("set by theirs only", NONE, NONE, "y", "text=y hidden=[claim]"),
                Arguments.of("set by ours only", NONE, "x", NONE, "text=x hidden=[claim]"),
                Arguments.of("set alike on both sides", NONE, "x", "x", "text=x hidden=[claim]"),
                Arguments.of("cleared by ours, untouched by theirs: stays cleared", "a", NONE, "a", NONE),
                Arguments.of("cleared by ours, changed by theirs: theirs' filter", "a", NONE, "y",
                        "text=y hidden=[claim]"),
                Arguments.of("cleared by both", "a", NONE, NONE, NONE),
                Arguments.of("changed by theirs only", "a", "a", "y", "text=y hidden=[claim]"),
                Arguments.of("changed by ours only", "a", "x", "a", "text=x hidden=[claim]"),
                Arguments.of("cleared by theirs, untouched by ours: every field emptied", "a", "a", NONE,
                        "text=null hidden=[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void activeFilter(String rule, String base, String ours, String theirs, String merged) {
        Document b = MergeFixtures.document();
        Document o = MergeFixtures.document();
        Document t = MergeFixtures.document();
        setActive(b, base);
        setActive(o, ours);
        setActive(t, theirs);
        MergeResult result = MergeFixtures.apply(b, o, t);
        AnnotationFilterSpec active = o.getActiveFilter();
        assertEquals(merged, active == null ? NONE : "text=" + active.getText() + " hidden=" + active.getHiddenTypes());
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
        assertEquals(theirs.equals(NONE), t.getActiveFilter() == null, "theirs is only read");
    }

    /** An active filter with this text that hides the claims. */
    private static void setActive(Document d, String text) {
        if (!text.equals(NONE)) {
            AnnotationFilterSpec f = filter(null, text);
            f.getHiddenTypes().add("claim");
            d.setActiveFilter(f);
        }
    }

    @Test
    void anActiveFilterChangedDifferentlyOnBothSidesIsAConflictThatKeepsOurs() {
        Document base = MergeFixtures.document();
        base.setActiveFilter(filter(null, "a"));
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getActiveFilter().setText("x");
        theirs.getActiveFilter().setText("y");
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        assertEquals("x", ours.getActiveFilter().getText());
        assertEquals(List.of(new MergeResult.Conflict("filter", "", "text", "a", "x", "y")), result.conflicts());
    }

    // --- the corrected section tree: "detected" while the tree is not corrected, else its top-level titles ---

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of("corrected by theirs only", "detected", "detected", "A,B", "A,B", null),
                Arguments.of("corrected by ours only", "detected", "A,B", "detected", "A,B", null),
                Arguments.of("corrected alike by both", "detected", "A", "A", "A", null),
                Arguments.of("recorrected by theirs only", "A", "A", "A2", "A2", null),
                Arguments.of("recorrected by ours only", "A", "A2", "A", "A2", null),
                Arguments.of("reset to detected by theirs", "A", "A", "detected", "detected", null),
                Arguments.of("corrected differently by both: ours kept", "detected", "A", "B,C", "A",
                        "detected|corrected: 1 top-level sections|corrected: 2 top-level sections"),
                Arguments.of("reset by ours, recorrected by theirs: ours kept", "A", "detected", "B,C", "detected",
                        "corrected: 1 top-level sections|detected|corrected: 2 top-level sections"),
                Arguments.of("no base, corrected differently by both", null, "A", "B,C", "A",
                        "detected|corrected: 1 top-level sections|corrected: 2 top-level sections"),
                Arguments.of("no base, corrected by theirs only", null, "detected", "B", "B", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sections(String rule, String base, String ours, String theirs, String merged, String conflict) {
        Document b = base == null ? null : withSections(base);
        Document o = withSections(ours);
        Document t = withSections(theirs);
        MergeResult result = MergeFixtures.apply(b, o, t);
        assertEquals(merged, describe(o));
        List<String> conflicts = result.conflicts().stream().filter(c -> c.objectKind().equals("sections"))
                .map(c -> c.base() + "|" + c.ours() + "|" + c.theirs()).toList();
        assertEquals(conflict == null ? List.of() : List.of(conflict), conflicts);
    }

    @Test
    void aChildSectionTheirsRetitledIsTakenAsPartOfTheTree() {
        Document base = withSections("A");
        Section child = GlossaFactory.eINSTANCE.createSection();
        child.setTitle("A.1");
        child.setLevel(2);
        base.getSections().get(0).getChildren().add(child);
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.getSections().get(0).getChildren().get(0).setTitle("A.1 revised");
        MergeFixtures.apply(base, ours, theirs);
        assertEquals(1, ours.getSections().size(), "theirs' tree replaces ours', not added to it");
        assertEquals("A.1 revised", ours.getSections().get(0).getChildren().get(0).getTitle());
    }

    /** A document whose section tree is "detected" (one detected section "auto") or corrected to these titles. */
    private static Document withSections(String spec) {
        Document d = MergeFixtures.document();
        boolean detected = spec.equals("detected");
        d.setSectionsCorrected(!detected);
        for (String title : (detected ? "auto" : spec).split(",")) {
            Section s = GlossaFactory.eINSTANCE.createSection();
            s.setTitle(title);
            s.setLevel(1);
            d.getSections().add(s);
        }
        return d;
    }

    private static String describe(Document d) {
        if (!d.isSectionsCorrected()) {
            return "detected";
        }
        List<String> titles = new ArrayList<>();
        d.getSections().forEach(s -> titles.add(s.getTitle()));
        return String.join(",", titles);
    }

    @Test
    void theTitleTheirsChangedIsTakenAndOneBothChangedIsAConflict() {
        Document base = MergeFixtures.document();
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.setTitle("renamed");
        assertTrue(MergeFixtures.apply(base, ours, theirs).isClean());
        assertEquals("renamed", ours.getTitle());
        Document mine = copy(base);
        mine.setTitle("mine");
        MergeResult result = MergeFixtures.apply(base, mine, theirs);
        assertEquals("mine", mine.getTitle());
        assertEquals(List.of(new MergeResult.Conflict("document", "", "title", "sample", "mine", "renamed")),
                result.conflicts());
    }
}
