package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.annotation;
import static glossa.core.tests.merge.MergeFixtures.attribute;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static glossa.core.tests.merge.MergeFixtures.relate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.merge.MergeResult;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.Relation;

/**
 * The field rules of the merge for what {@link ThreeWayMergeTest} leaves out: the modification date (the later one
 * wins), attribute values one by one, relations field by field and end by end, and how conflicting values are written
 * down.
 */
class FieldRulesTest {

    private Document base;

    @BeforeEach
    void setUp() {
        base = MergeFixtures.sample();
        attribute(annotation(base, "a"), "actor", "OpenAI");
        attribute(annotation(base, "a"), "stance", "critical");
    }

    private static List<String> conflicts(MergeResult result) {
        return result.conflicts().stream().map(c -> c.objectKind() + " " + c.objectId() + " " + c.feature()).toList();
    }

    // --- the modification date: millis, null for none ---

    static Stream<Arguments> modified() {
        return Stream.of(
                Arguments.of("only theirs touched it", 1000L, 1000L, 2000L, 2000L, 1),
                Arguments.of("both touched it, theirs later", 1000L, 2000L, 3000L, 3000L, 1),
                Arguments.of("both touched it, ours later", 1000L, 3000L, 2000L, 3000L, 0),
                Arguments.of("ours has none, theirs has one", 1000L, null, 2000L, 2000L, 1),
                Arguments.of("theirs has none, ours has one", 1000L, 2000L, null, 2000L, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void modified(String rule, Long base, Long ours, Long theirs, Long merged, int changed) {
        annotation(this.base, "a").setModified(date(base));
        Document o = copy(this.base);
        Document t = copy(this.base);
        annotation(o, "a").setModified(date(ours));
        annotation(t, "a").setModified(date(theirs));
        MergeResult result = MergeFixtures.apply(this.base, o, t);
        assertEquals(date(merged), annotation(o, "a").getModified());
        assertTrue(result.isClean(), () -> "never a conflict: " + result.conflicts());
        assertEquals(changed, result.changed(), "an annotation counts as changed only when it took something");
    }

    private static Date date(Long millis) {
        return millis == null ? null : new Date(millis);
    }

    @Test
    void anAnnotationWhoseConflictKeptOursDidNotChange() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("mine");
        annotation(theirs, "a").setMemo("theirs");
        annotation(ours, "b").setMemo("only mine");
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        assertEquals(0, result.changed());
        assertEquals(List.of("annotation a memo"), conflicts(result));
    }

    // --- attribute values of annotation a (base: actor=OpenAI, stance=critical) ---

    static Stream<Arguments> attributes() {
        return Stream.of(
                Arguments.of("theirs changes one", none(),
                        (Consumer<Annotation>) a -> attribute(a, "actor", "DeepSeek"),
                        "{actor=DeepSeek, stance=critical}", List.of()),
                Arguments.of("theirs removes one", none(), remove("actor"), "{stance=critical}", List.of()),
                Arguments.of("theirs adds one", none(), (Consumer<Annotation>) a -> attribute(a, "confidence", "3"),
                        "{actor=OpenAI, confidence=3, stance=critical}", List.of()),
                Arguments.of("ours changes one, theirs another",
                        (Consumer<Annotation>) a -> attribute(a, "stance", "neutral"),
                        (Consumer<Annotation>) a -> attribute(a, "actor", "DeepSeek"),
                        "{actor=DeepSeek, stance=neutral}", List.of()),
                Arguments.of("ours changes one theirs removes: ours kept",
                        (Consumer<Annotation>) a -> attribute(a, "actor", "DeepSeek"), remove("actor"),
                        "{actor=DeepSeek, stance=critical}", List.of("annotation a attributes/actor")));
    }

    private static Consumer<Annotation> none() {
        return a -> {
        };
    }

    private static Consumer<Annotation> remove(String name) {
        return a -> a.getAttributes().removeIf(v -> v.getName().equals(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void attributes(String rule, Consumer<Annotation> ourChange, Consumer<Annotation> theirChange, String merged,
            List<String> conflicts) {
        Document ours = copy(base);
        Document theirs = copy(base);
        ourChange.accept(annotation(ours, "a"));
        theirChange.accept(annotation(theirs, "a"));
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        Map<String, String> values = new TreeMap<>();
        for (AttributeValue v : annotation(ours, "a").getAttributes()) {
            assertEquals(null, values.put(v.getName(), v.getValue()), "each attribute once");
        }
        assertEquals(merged, values.toString());
        assertEquals(conflicts, conflicts(result));
    }

    @Test
    void theSameAttributesInAnotherOrderAreNoChangeSoADeletionIsTaken() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").getAttributes().move(0, 1);
        theirs.getAnnotations().remove(annotation(theirs, "a"));
        theirs.getRelations().clear();
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        assertEquals(null, annotation(ours, "a"));
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    @Test
    void conflictingValuesAreWrittenDownReadably() {
        annotation(base, "b").setCreated(new Date(1000));
        Document ours = copy(base);
        Document theirs = copy(base);
        Annotation mine = annotation(ours, "b");
        mine.setBegin(21);
        mine.setQuote(MergeFixtures.TEXT.substring(21, 30));
        mine.setCreated(new Date(2000));
        Annotation yours = annotation(theirs, "b");
        yours.setBegin(22);
        yours.setQuote(null);
        yours.setCreated(new Date(3000));
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        Map<String, MergeResult.Conflict> byField = new TreeMap<>();
        result.conflicts().forEach(c -> byField.put(c.feature(), c));
        assertEquals(List.of("created", "offsets"), List.copyOf(byField.keySet()));
        MergeResult.Conflict offsets = byField.get("offsets");
        assertEquals("20..30 \u201c" + MergeFixtures.TEXT.substring(20, 30) + "\u201d", offsets.base());
        assertEquals("21..30 \u201c" + MergeFixtures.TEXT.substring(21, 30) + "\u201d", offsets.ours());
        assertEquals("22..30", offsets.theirs(), "no quote, no quotation marks");
        MergeResult.Conflict created = byField.get("created");
        assertEquals(List.of("1970-01-01T00:00:01Z", "1970-01-01T00:00:02Z", "1970-01-01T00:00:03Z"),
                List.of(created.base(), created.ours(), created.theirs()));
    }

    // --- relation r (base: counters a -> b, no memo); "-" for no relation r ---

    private static Consumer<Document> retarget(String end, String annotation) {
        return d -> {
            Relation r = relation(d);
            if (end.equals("source")) {
                r.setSource(annotation(d, annotation));
            } else {
                r.setTarget(annotation(d, annotation));
            }
        };
    }

    private static Consumer<Document> relationMemo(String memo) {
        return d -> relation(d).setMemo(memo);
    }

    private static final Consumer<Document> DELETE = d -> d.getRelations().remove(relation(d));
    private static final Consumer<Document> UNTOUCHED = d -> {
    };

    static Stream<Arguments> relations() {
        return Stream.of(
                Arguments.of("theirs moves the target", UNTOUCHED, retarget("target", "c"), "counters a -> c null",
                        List.of()),
                Arguments.of("theirs moves the source", UNTOUCHED, retarget("source", "c"), "counters c -> b null",
                        List.of()),
                Arguments.of("theirs changes the kind", UNTOUCHED,
                        (Consumer<Document>) d -> relation(d).setKind("supports"), "supports a -> b null", List.of()),
                Arguments.of("ours moves the target, theirs writes a memo", retarget("target", "c"),
                        relationMemo("why"), "counters a -> c why", List.of()),
                Arguments.of("ours moves the source, theirs the target", retarget("source", "c"),
                        retarget("target", "c"), "counters c -> c null", List.of()),
                Arguments.of("both move the target elsewhere: ours kept", retarget("target", "c"),
                        retarget("target", "a"), "counters a -> c null", List.of("relation r target")),
                Arguments.of("theirs deletes it, ours untouched", UNTOUCHED, DELETE, "-", List.of()),
                Arguments.of("theirs deletes it, ours changed it: kept", relationMemo("mine"), DELETE,
                        "counters a -> b mine", List.of("relation r deleted")),
                Arguments.of("ours deletes it, theirs untouched", DELETE, UNTOUCHED, "-", List.of()),
                Arguments.of("ours deletes it, theirs changed it: back", DELETE, relationMemo("theirs"),
                        "counters a -> b theirs", List.of("relation r deleted")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void relations(String rule, Consumer<Document> ourChange, Consumer<Document> theirChange, String merged,
            List<String> conflicts) {
        Document ours = copy(base);
        Document theirs = copy(base);
        ourChange.accept(ours);
        theirChange.accept(theirs);
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        Relation r = ours.getRelations().stream().filter(x -> x.getId().equals("r")).findFirst().orElse(null);
        assertEquals(merged, r == null ? "-"
                : r.getKind() + " " + r.getSource().getId() + " -> " + r.getTarget().getId() + " " + r.getMemo());
        if (r != null) {
            assertSame(annotation(ours, r.getSource().getId()), r.getSource(), "ends are ours' annotations");
            assertSame(annotation(ours, r.getTarget().getId()), r.getTarget(), "ends are ours' annotations");
        }
        assertEquals(conflicts, conflicts(result));
        assertEquals(3, ours.getAnnotations().size(), "annotations are left alone");
    }

    private static Relation relation(Document d) {
        return d.getRelations().stream().filter(x -> x.getId().equals("r")).findFirst().orElseThrow();
    }

    @Test
    void anIncomingRelationToAnAnnotationNoSideListsKeepsThatAnnotation() {
        Document ours = copy(base);
        Document theirs = copy(base);
        Annotation loose = annotate(theirs, "loose", "claim", 60, 70);
        theirs.getAnnotations().remove(loose); // the relation still points at it
        relate(theirs, "r2", annotation(theirs, "a"), loose);
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        Annotation kept = annotation(ours, "loose");
        assertNotNull(kept);
        Relation r2 = ours.getRelations().stream().filter(x -> x.getId().equals("r2")).findFirst().orElseThrow();
        assertSame(kept, r2.getTarget());
        assertEquals(List.of("relation r2 target"), conflicts(result));
    }
}
