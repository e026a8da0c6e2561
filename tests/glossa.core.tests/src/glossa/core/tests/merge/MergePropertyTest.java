package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.attribute;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static glossa.core.tests.merge.MergeFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

/**
 * Random base documents, random edits on both sides (add, delete, retype, move, memo, status, attributes, relations,
 * codebook), fixed seeds. Checks what issue 13 asks of the merge: nothing either side has is lost except a deletion
 * only one side made; a side's change survives wherever the other side left that field alone; merging a document
 * with itself or with the base is that document; and the result is symmetric up to ours/theirs in conflicts.
 */
class MergePropertyTest {

    private static final int CASES = 1000;
    private static final String[] TYPES = { "claim", "policy-measure", "counter-strategy" };

    @Test
    void mergeKeepsEverySidesWork() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            Document base = randomBase(random);
            Document ours = copy(base);
            Document theirs = copy(base);
            edit(ours, random);
            edit(theirs, random);
            try {
                check(base, ours, theirs);
            } catch (AssertionError e) {
                fail("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(Document base, Document ours, Document theirs) {
        Document merged = copy(ours);
        MergeResult result = ThreeWayMerge.merge(base, merged, theirs);
        result.apply();
        Map<String, Map<String, Object>> b = fields(base);
        Map<String, Map<String, Object>> o = fields(ours);
        Map<String, Map<String, Object>> t = fields(theirs);
        Map<String, Map<String, Object>> m = fields(merged);
        Set<String> conflicted = new HashSet<>();
        result.conflicts().forEach(c -> conflicted.add(c.objectId() + "/" + c.feature()));

        // Nothing lost but a deletion one side made of what the other left untouched.
        Set<String> all = new HashSet<>(o.keySet());
        all.addAll(t.keySet());
        for (String id : all) {
            if (m.containsKey(id)) {
                continue;
            }
            boolean deletedByTheirsOnly = !t.containsKey(id) && b.containsKey(id) && b.get(id).equals(o.get(id));
            boolean deletedByOursOnly = !o.containsKey(id) && b.containsKey(id) && b.get(id).equals(t.get(id));
            assertTrue(deletedByTheirsOnly || deletedByOursOnly, "annotation " + id + " was lost");
        }
        for (String id : m.keySet()) {
            assertTrue(all.contains(id) || b.containsKey(id), "annotation " + id + " came from nowhere");
        }
        // A change survives where the other side did not touch the field.
        for (String id : m.keySet()) {
            if (!b.containsKey(id) || !o.containsKey(id) || !t.containsKey(id)) {
                continue;
            }
            Set<String> names = new HashSet<>(b.get(id).keySet());
            names.addAll(o.get(id).keySet());
            names.addAll(t.get(id).keySet());
            for (String f : names) {
                Object vb = b.get(id).get(f);
                Object vo = o.get(id).get(f);
                Object vt = t.get(id).get(f);
                Object vm = m.get(id).get(f);
                if (!Objects.equals(vt, vb) && Objects.equals(vo, vb)) {
                    assertEquals(vt, vm, id + "." + f + ": theirs' change was lost");
                } else if (!Objects.equals(vo, vb) && Objects.equals(vt, vb)) {
                    assertEquals(vo, vm, id + "." + f + ": ours' change was lost");
                } else if (!Objects.equals(vo, vt)) {
                    assertEquals(vo, vm, id + "." + f + ": a conflict keeps ours");
                    assertTrue(conflicted.contains(id + "/" + field(f)), id + "." + f + ": conflict not recorded");
                }
            }
        }
        // Relations keep their ends.
        for (Relation r : merged.getRelations()) {
            assertTrue(r.getSource() == null || r.getSource().eContainer() == merged, "relation " + r.getId());
            assertTrue(r.getTarget() == null || r.getTarget().eContainer() == merged, "relation " + r.getId());
        }
        for (Annotation a : merged.getAnnotations()) {
            assertTrue(a.getType() == null || a.getType().eResource() == null
                    && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(a.getType()) == merged,
                    "annotation " + a.getId() + " uses a type outside the merged codebook");
        }
        // merge(b, x, x) == x and merge(b, b, x) == x.
        Document same = copy(theirs);
        ThreeWayMerge.merge(base, same, copy(theirs)).apply();
        assertEquals(view(theirs), view(same), "merge(b, x, x) == x");
        Document fromBase = copy(base);
        ThreeWayMerge.merge(base, fromBase, theirs).apply();
        assertEquals(view(theirs), view(fromBase), "merge(b, b, x) == x");
        // Symmetric up to ours/theirs in conflicts.
        Document mirrored = copy(theirs);
        MergeResult other = ThreeWayMerge.merge(base, mirrored, ours);
        other.apply();
        Map<String, Map<String, Object>> n = fields(mirrored);
        assertEquals(m.keySet(), n.keySet(), "the same annotations whichever side is ours");
        for (String id : m.keySet()) {
            for (String f : m.get(id).keySet()) {
                if (!conflicted.contains(id + "/" + field(f))) {
                    assertEquals(m.get(id).get(f), n.get(id).get(f), id + "." + f + " differs between the two orders");
                }
            }
        }
        assertEquals(result.conflicts().size(), other.conflicts().size());
        for (int i = 0; i < result.conflicts().size(); i++) {
            MergeResult.Conflict c = result.conflicts().get(i);
            assertTrue(other.conflicts().stream().anyMatch(d -> d.objectId().equals(c.objectId())
                    && d.feature().equals(c.feature()) && Objects.equals(d.ours(), c.theirs())
                    && Objects.equals(d.theirs(), c.ours())), "conflict " + c + " is not mirrored");
        }
        assertEquals(view(merged).keySet(), view(mirrored).keySet());
    }

    /** The conflict name of a test field: the offsets travel as one field. */
    private static String field(String f) {
        return f.equals("begin") || f.equals("end") ? "offsets" : f;
    }

    /** Annotation fields by id, as this test sees them (not through the merge's own code). */
    private static Map<String, Map<String, Object>> fields(Document d) {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        for (Annotation a : d.getAnnotations()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", a.getType() == null ? null : a.getType().getId());
            f.put("begin", a.getBegin());
            f.put("end", a.getEnd());
            f.put("status", a.getStatus());
            f.put("memo", a.getMemo());
            a.getAttributes().forEach(v -> f.put("attributes/" + v.getName(), v.getValue()));
            all.put(a.getId(), f);
        }
        return all;
    }

    private static Document randomBase(Random random) {
        Document d = MergeFixtures.document();
        int n = 3 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            add(d, random);
        }
        for (int i = 0; i < random.nextInt(3); i++) {
            relate(d, random);
        }
        return d;
    }

    private static void add(Document d, Random random) {
        int begin = random.nextInt(MergeFixtures.TEXT.length() - 20);
        annotate(d, UUID.nameUUIDFromBytes(new byte[] { (byte) random.nextInt(), (byte) random.nextInt(),
                (byte) random.nextInt(), (byte) random.nextInt() }).toString(), anyType(d, random), begin,
                begin + 2 + random.nextInt(15));
    }

    private static String anyType(Document d, Random random) {
        List<String> ids = new ArrayList<>();
        d.getCodebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof AnnotationType t) {
                ids.add(t.getId());
            }
        });
        return random.nextInt(4) == 0 ? ids.get(random.nextInt(ids.size())) : TYPES[random.nextInt(TYPES.length)];
    }

    private static void relate(Document d, Random random) {
        if (d.getAnnotations().size() < 2) {
            return;
        }
        Relation r = GlossaFactory.eINSTANCE.createRelation();
        r.setId("r-" + random.nextInt(1_000_000));
        r.setKind("supports");
        r.setSource(d.getAnnotations().get(random.nextInt(d.getAnnotations().size())));
        r.setTarget(d.getAnnotations().get(random.nextInt(d.getAnnotations().size())));
        d.getRelations().add(r);
    }

    private static void edit(Document d, Random random) {
        int edits = random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            List<Annotation> annotations = d.getAnnotations();
            Annotation a = annotations.isEmpty() ? null : annotations.get(random.nextInt(annotations.size()));
            switch (random.nextInt(10)) {
                case 0 -> add(d, random);
                case 1 -> {
                    if (a != null) {
                        // As the workbench and the command line delete: with the annotation's relations.
                        d.getRelations().removeIf(r -> r.getSource() == a || r.getTarget() == a);
                        annotations.remove(a);
                    }
                }
                case 2 -> {
                    if (a != null) {
                        a.setType(MergeFixtures.type(d, anyType(d, random)));
                    }
                }
                case 3 -> {
                    if (a != null) {
                        a.setBegin(Math.max(0, a.getBegin() - 1 - random.nextInt(3)));
                    }
                }
                case 4 -> {
                    if (a != null) {
                        a.setMemo(random.nextBoolean() ? null : "memo " + random.nextInt(3));
                    }
                }
                case 5 -> {
                    if (a != null) {
                        a.setStatus(AnnotationStatus.get(random.nextInt(3)));
                    }
                }
                case 6 -> {
                    if (a != null) {
                        attribute(a, random.nextBoolean() ? "actor" : "stance", "v" + random.nextInt(3));
                    }
                }
                case 7 -> {
                    if (a != null && !a.getAttributes().isEmpty()) {
                        a.getAttributes().remove(0);
                    }
                }
                case 8 -> {
                    if (random.nextBoolean()) {
                        relate(d, random);
                    } else if (!d.getRelations().isEmpty()) {
                        d.getRelations().remove(random.nextInt(d.getRelations().size()));
                    }
                }
                default -> codebook(d, random);
            }
        }
    }

    private static void codebook(Document d, Random random) {
        AnnotationType parent = MergeFixtures.type(d, TYPES[random.nextInt(TYPES.length)]);
        switch (random.nextInt(3)) {
            case 0 -> {
                AnnotationType t = GlossaFactory.eINSTANCE.createAnnotationType();
                t.setId("t-" + random.nextInt(1000));
                t.setName("Type " + t.getId());
                parent.getChildren().add(t);
            }
            case 1 -> parent.setColor(String.format("#%06x", random.nextInt(1 << 24)));
            default -> {
                for (AnnotationType child : List.copyOf(parent.getChildren())) {
                    boolean used = d.getAnnotations().stream().anyMatch(a -> a.getType() == child);
                    if (!used && child.getChildren().isEmpty()) {
                        parent.getChildren().remove(child);
                        return;
                    }
                }
            }
        }
    }
}
