package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.annotation;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static glossa.core.tests.merge.MergeFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.merge.MergeResult;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * How the codebooks' type trees merge: by id wherever a type sits, field by field (name, colour, retired, attribute
 * schema, parent), and never removing a type the merged document still needs. The base codebook is the default one
 * plus a tree topic &gt; trade &gt; tariff, topic &gt; tech.
 */
class CodebookMergeTest {

    private Document base;

    @BeforeEach
    void setUp() {
        base = MergeFixtures.document();
        AnnotationType topic = newType("topic");
        AnnotationType trade = newType("trade");
        trade.getChildren().add(newType("tariff"));
        topic.getChildren().add(trade);
        topic.getChildren().add(newType("tech"));
        base.getCodebook().getTypes().add(topic);
    }

    private static AnnotationType newType(String id) {
        AnnotationType t = GlossaFactory.eINSTANCE.createAnnotationType();
        t.setId(id);
        t.setName(id);
        t.setColor("#000000");
        return t;
    }

    /** Every type as "parent/id name color retired attributes", sorted; a type present twice shows twice. */
    static List<String> tree(Document d) {
        List<String> tree = new ArrayList<>();
        for (var it = d.getCodebook().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AnnotationType t) {
                List<String> attributes = t.getAttributes().stream().map(a -> a.getName() + a.getChoices()).toList();
                tree.add((t.eContainer() instanceof AnnotationType p ? p.getId() : "") + "/" + t.getId() + " "
                        + t.getName() + " " + t.getColor() + " " + t.isRetired() + " " + attributes);
            }
        }
        tree.sort(null);
        return tree;
    }

    private static void move(Document d, String id, String newParent) {
        AnnotationType t = type(d, id);
        EcoreUtil.remove(t);
        if (newParent == null) {
            d.getCodebook().getTypes().add(t);
        } else {
            type(d, newParent).getChildren().add(t);
        }
    }

    private static void addUnder(Document d, String parent, AnnotationType t) {
        if (parent == null) {
            d.getCodebook().getTypes().add(t);
        } else {
            type(d, parent).getChildren().add(t);
        }
    }

    private static Arguments change(String name, Consumer<Document> change) {
        return Arguments.of(name, change);
    }

    static Stream<Arguments> oneSidedChanges() {
        return Stream.of(
                change("rename", d -> type(d, "trade").setName("Trade policy")),
                change("recolour", d -> type(d, "tariff").setColor("#FF0000")),
                change("retire", d -> type(d, "tech").setRetired(true)),
                change("add an attribute definition", d -> {
                    AttributeDefinition a = GlossaFactory.eINSTANCE.createAttributeDefinition();
                    a.setName("country");
                    type(d, "tech").getAttributes().add(a);
                }),
                change("add a choice to an attribute", d -> type(d, "claim").getAttributes().get(1).getChoices()
                        .add("mixed")),
                change("move under another parent", d -> move(d, "tariff", "tech")),
                change("move to the top level", d -> move(d, "tariff", null)),
                change("move a top-level type under another", d -> move(d, "counter-strategy", "topic")),
                change("add a top-level type", d -> addUnder(d, null, newType("org"))),
                change("add a subtree", d -> {
                    AnnotationType chip = newType("chip");
                    chip.getChildren().add(newType("gpu"));
                    addUnder(d, "tech", chip);
                }),
                change("add a type and move an existing one under it", d -> {
                    addUnder(d, null, newType("economy"));
                    move(d, "trade", "economy");
                }),
                change("delete an unused leaf", d -> EcoreUtil.remove(type(d, "tariff"))),
                change("delete an unused subtree", d -> EcoreUtil.remove(type(d, "trade"))));
    }

    @ParameterizedTest(name = "theirs: {0}")
    @MethodSource("oneSidedChanges")
    void aChangeOfTheirsIsTaken(String name, Consumer<Document> change) {
        Document ours = copy(base);
        Document theirs = copy(base);
        change.accept(theirs);
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        assertEquals(tree(theirs), tree(ours));
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    @ParameterizedTest(name = "ours: {0}")
    @MethodSource("oneSidedChanges")
    void aChangeOfOursIsKept(String name, Consumer<Document> change) {
        Document ours = copy(base);
        change.accept(ours);
        List<String> expected = tree(ours);
        MergeResult result = MergeFixtures.apply(base, ours, copy(base));
        assertEquals(expected, tree(ours));
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
        assertTrue(!result.hasChanges(), "nothing to do to ours");
    }

    /** Each row: what ours does, what theirs does, the merged tree's entries that differ from the base, conflicts. */
    static Stream<Arguments> twoSidedChanges() {
        return Stream.of(
                Arguments.of("ours renames, theirs recolours",
                        (Consumer<Document>) d -> type(d, "trade").setName("Trade"),
                        (Consumer<Document>) d -> type(d, "trade").setColor("#00FF00"),
                        List.of("topic/trade Trade #00FF00 false []"), List.of()),
                Arguments.of("both rename differently: ours kept",
                        (Consumer<Document>) d -> type(d, "trade").setName("A"),
                        (Consumer<Document>) d -> type(d, "trade").setName("B"),
                        List.of("topic/trade A #000000 false []"), List.of("trade name trade|A|B")),
                Arguments.of("both move to the same parent",
                        (Consumer<Document>) d -> move(d, "tariff", "tech"),
                        (Consumer<Document>) d -> move(d, "tariff", "tech"),
                        List.of("tech/tariff tariff #000000 false []"), List.of()),
                Arguments.of("both move to different parents: ours kept",
                        (Consumer<Document>) d -> move(d, "tariff", "tech"),
                        (Consumer<Document>) d -> move(d, "tariff", null),
                        List.of("tech/tariff tariff #000000 false []"), List.of("tariff parent trade|tech|null")),
                Arguments.of("theirs deletes a subtree ours added a subtype to: the parent stays",
                        (Consumer<Document>) d -> addUnder(d, "trade", newType("quota")),
                        (Consumer<Document>) d -> EcoreUtil.remove(type(d, "trade")),
                        List.of("trade/quota quota #000000 false []", "-tariff"),
                        List.of("trade deleted present|has kept subtypes|deleted")),
                Arguments.of("theirs deletes a subtree ours changed a subtype of: both stay",
                        (Consumer<Document>) d -> type(d, "tariff").setColor("#0000FF"),
                        (Consumer<Document>) d -> EcoreUtil.remove(type(d, "trade")),
                        List.of("trade/tariff tariff #0000FF false []"),
                        List.of("tariff deleted present|changed|deleted",
                                "trade deleted present|has kept subtypes|deleted")),
                Arguments.of("ours deletes a type theirs renamed: theirs comes back",
                        (Consumer<Document>) d -> EcoreUtil.remove(type(d, "tech")),
                        (Consumer<Document>) d -> type(d, "tech").setName("Technology"),
                        List.of("topic/tech Technology #000000 false []"),
                        List.of("tech deleted present|deleted|changed")),
                Arguments.of("ours deletes a type theirs added a subtype to: the parent comes back",
                        (Consumer<Document>) d -> EcoreUtil.remove(type(d, "tech")),
                        (Consumer<Document>) d -> addUnder(d, "tech", newType("chip")),
                        List.of("tech/chip chip #000000 false []"),
                        List.of("tech deleted present|deleted|in use")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoSidedChanges")
    void changesOnBothSides(String rule, Consumer<Document> ourChange, Consumer<Document> theirChange,
            List<String> differences, List<String> conflicts) {
        Document ours = copy(base);
        Document theirs = copy(base);
        ourChange.accept(ours);
        theirChange.accept(theirs);
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        List<String> expected = new ArrayList<>(tree(base));
        for (String difference : differences) {
            String id = difference.startsWith("-") ? difference.substring(1) : difference.split(" ")[0].split("/")[1];
            expected.removeIf(entry -> entry.split(" ")[0].split("/")[1].equals(id));
            if (!difference.startsWith("-")) {
                expected.add(difference);
            }
        }
        expected.sort(null);
        assertEquals(expected, tree(ours));
        assertEquals(conflicts, result.conflicts().stream()
                .map(c -> c.objectId() + " " + c.feature() + " " + c.base() + "|" + c.ours() + "|" + c.theirs())
                .sorted().toList());
        assertTrue(result.conflicts().stream().allMatch(c -> c.objectKind().equals("type")));
    }

    @Test
    void aTypeOursDeletedComesBackWhenTheirsAnnotatesWithIt() {
        Document ours = copy(base);
        Document theirs = copy(base);
        EcoreUtil.remove(type(ours, "tech"));
        annotate(theirs, "t1", "tech", 0, 5);
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        AnnotationType tech = type(ours, "tech");
        assertSame(tech, annotation(ours, "t1").getType(), "the annotation uses the type in ours' codebook");
        assertSame(type(ours, "topic"), tech.eContainer());
        assertEquals(tree(base), tree(ours), "the type once, where it was");
        assertEquals(List.of(new MergeResult.Conflict("type", "tech", "deleted", "present", "deleted", "in use")),
                result.conflicts());
    }

    @Test
    void aTypeTheirsDeletedStaysOnceWhileOursUsesIt() {
        annotate(base, "t1", "tariff", 0, 5);
        Document ours = copy(base);
        Document theirs = copy(base);
        EcoreUtil.remove(type(theirs, "trade"));
        theirs.getAnnotations().clear();
        annotation(ours, "t1").setMemo("still needed");
        MergeResult result = MergeFixtures.apply(base, ours, theirs);
        assertEquals(tree(base), tree(ours), "tariff and its parent stay, each once");
        assertSame(type(ours, "tariff"), annotation(ours, "t1").getType());
        assertEquals(List.of("annotation t1 deleted", "type tariff deleted present|in use|deleted",
                "type trade deleted present|has kept subtypes|deleted"),
                result.conflicts().stream().map(c -> c.objectKind() + " " + c.objectId() + " " + c.feature()
                        + (c.objectKind().equals("type") ? " " + c.base() + "|" + c.ours() + "|" + c.theirs() : ""))
                        .sorted().toList());
    }

    @Test
    void aSidecarWithoutACodebookGetsTheirTypes() {
        Document ours = copy(base);
        ours.setCodebook(null);
        Document theirs = copy(base);
        MergeResult result = MergeFixtures.apply(null, ours, theirs);
        assertNotNull(ours.getCodebook());
        assertEquals(tree(theirs), tree(ours));
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    @Test
    void theirChangedAttributeSchemaReplacesOursWhole() {
        Document ours = copy(base);
        Document theirs = copy(base);
        type(ours, "claim").setColor("#111111");
        type(theirs, "claim").getAttributes().remove(0);
        MergeFixtures.apply(base, ours, theirs);
        assertEquals(List.of("stance", "confidence"),
                type(ours, "claim").getAttributes().stream().map(AttributeDefinition::getName).toList());
        assertEquals("#111111", type(ours, "claim").getColor());
    }
}
