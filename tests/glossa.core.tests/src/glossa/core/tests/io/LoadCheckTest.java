package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.io.LoadCheck;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

/**
 * What a sidecar that loads can still get wrong: offsets outside the text are reported for re-anchoring, an id used
 * twice is given to the first holder and the others get fresh ones. Nothing is dropped.
 */
class LoadCheckTest {

    private static final GlossaFactory F = GlossaFactory.eINSTANCE;
    private static final String TEXT = "0123456789"; // ten characters

    @ParameterizedTest
    @CsvSource({
            // begin, end, outside the text?
            "0, 0, false",
            "0, 10, false", // the whole text
            "10, 10, false", // empty, at the very end
            "3, 3, false",
            "3, 7, false",
            "9, 10, false",
            "-1, 5, true",
            "-1, -1, true",
            "5, 4, true", // inverted
            "10, 9, true",
            "5, 11, true", // past the end
            "11, 11, true",
            "0, 2147483647, true" })
    void offsetsOutsideTheTextAreReportedForReanchoring(int begin, int end, boolean outside) {
        Document document = F.createDocument();
        document.getAnnotations().add(annotation("a-1", 2, 4));
        document.getAnnotations().add(annotation("a-2", begin, end));
        LoadCheck check = LoadCheck.run(document, TEXT);
        assertEquals(outside, check.outOfRange());
        if (outside) {
            assertEquals(List.of("annotation a-2 has offsets " + begin + ".." + end
                    + " outside the text (0..10); re-anchored by its quote"), check.problems());
        } else {
            assertEquals(List.of(), check.problems());
        }
        // Reported, not changed: the re-anchoring moves them.
        assertEquals(begin, document.getAnnotations().get(1).getBegin());
        assertEquals(end, document.getAnnotations().get(1).getEnd());
        assertEquals(2, document.getAnnotations().size());
    }

    @Test
    void anEmptyTextHoldsOnlyEmptyAnnotationsAtZero() {
        Document document = F.createDocument();
        document.getAnnotations().add(annotation("a-1", 0, 0));
        assertEquals(false, LoadCheck.run(document, "").outOfRange());
        document.getAnnotations().add(annotation("a-2", 0, 1));
        LoadCheck check = LoadCheck.run(document, "");
        assertTrue(check.outOfRange());
        assertEquals(1, check.problems().size());
    }

    @Test
    void everyAnnotationOutsideIsReportedInOrder() {
        Document document = F.createDocument();
        document.getAnnotations().add(annotation("a-1", -3, 2));
        document.getAnnotations().add(annotation("a-2", 1, 2));
        document.getAnnotations().add(annotation("a-3", 8, 12));
        LoadCheck check = LoadCheck.run(document, TEXT);
        assertEquals(2, check.problems().size());
        assertTrue(check.problems().get(0).startsWith("annotation a-1 has offsets -3..2"), check.problems().get(0));
        assertTrue(check.problems().get(1).startsWith("annotation a-3 has offsets 8..12"), check.problems().get(1));
    }

    @Test
    void anIdUsedTwiceStaysWithTheFirstAndTheOthersGetFreshOnes() {
        Document document = F.createDocument();
        for (String id : new String[] { "a-1", "a-2", "a-1", "a-3", "a-1", null, null }) {
            document.getAnnotations().add(annotation(id, 1, 2));
        }
        LoadCheck check = LoadCheck.run(document, TEXT);
        List<Annotation> annotations = document.getAnnotations();
        assertEquals(7, annotations.size(), "nothing is dropped");
        assertEquals("a-1", annotations.get(0).getId());
        assertEquals("a-2", annotations.get(1).getId());
        assertEquals("a-3", annotations.get(3).getId());
        assertNull(annotations.get(5).getId(), "no id is no duplicate");
        assertNull(annotations.get(6).getId());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            assertTrue(ids.add(annotations.get(i).getId()), "unique: " + annotations.get(i).getId());
            assertTrue(annotations.get(i).getId().startsWith("a-"), annotations.get(i).getId());
        }
        assertEquals(List.of(
                "annotation id a-1 is used twice; the second one now has the id " + annotations.get(2).getId(),
                "annotation id a-1 is used twice; the second one now has the id " + annotations.get(4).getId()),
                check.problems());
        assertEquals(false, check.outOfRange(), "an id problem is no reason to re-anchor");
    }

    @Test
    void aRelationIdUsedTwiceIsRenamedLikewiseAndAnnotationIdsAreAnotherSpace() {
        Document document = F.createDocument();
        document.getAnnotations().add(annotation("x-1", 1, 2));
        for (String id : new String[] { "x-1", "r-1", "x-1", "r-1", null, null }) {
            Relation relation = F.createRelation();
            relation.setId(id);
            document.getRelations().add(relation);
        }
        LoadCheck check = LoadCheck.run(document, TEXT);
        List<Relation> relations = document.getRelations();
        assertEquals("x-1", relations.get(0).getId(), "a relation may share an annotation's id");
        assertEquals("r-1", relations.get(1).getId());
        assertNotEquals("x-1", relations.get(2).getId());
        assertNotEquals("r-1", relations.get(3).getId());
        assertNotEquals(relations.get(2).getId(), relations.get(3).getId());
        assertTrue(relations.get(2).getId().startsWith("r-"), relations.get(2).getId());
        assertTrue(relations.get(3).getId().startsWith("r-"), relations.get(3).getId());
        assertNull(relations.get(4).getId());
        assertNull(relations.get(5).getId());
        assertEquals("x-1", document.getAnnotations().get(0).getId());
        assertEquals(List.of(
                "relation id x-1 is used twice; the second one now has the id " + relations.get(2).getId(),
                "relation id r-1 is used twice; the second one now has the id " + relations.get(3).getId()),
                check.problems());
    }

    @Test
    void theProblemsCannotBeChangedFromOutside() {
        Document document = F.createDocument();
        document.getAnnotations().add(annotation("a-1", 5, 50));
        LoadCheck check = LoadCheck.run(document, TEXT);
        List<String> problems = check.problems();
        try {
            problems.clear();
        } catch (UnsupportedOperationException e) {
            // expected: a copy that cannot be changed
        }
        assertEquals(1, check.problems().size());
    }

    private static Annotation annotation(String id, int begin, int end) {
        Annotation annotation = F.createAnnotation();
        annotation.setId(id);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        return annotation;
    }
}
