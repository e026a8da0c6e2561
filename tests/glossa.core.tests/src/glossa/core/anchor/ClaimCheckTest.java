package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;

/**
 * Which of two placements that claim the same new characters gives way. Each row is a set of placements, written
 * {@code name state oldBegin newBegin length offBy offByOwn oldSection} ({@code -} for a missing offBy or section),
 * and the names of the placements expected to give way. The placements are handed over out of text order (the
 * first one last): the order of the results must not matter.
 *
 * <p>The two rivals of most rows, {@code a} (old 100, new 500: moved by +400) and {@code b} (old 600, new 505: moved
 * by -95), overlap in the new text while their displacements disagree: one of them sits on another use of its
 * words.</p>
 */
class ClaimCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # nothing to judge
            apart: b begins where a ends | a MOVED 100 500 10 0 0 s; b MOVED 600 510 10 50 0 s | -
            overlapping by one character | a MOVED 100 500 10 0 0 s; b MOVED 600 509 10 50 0 s | b
            a placement after them does not hide the overlap | a MOVED 100 500 10 0 0 s; b MOVED 600 509 10 50 0 s; x MOVED 300 700 10 0 0 s | b
            displacements 24 apart agree (edits between them) | a MOVED 100 500 10 0 0 s; b MOVED 81 505 10 50 0 s | -
            displacements 25 apart disagree | a MOVED 100 500 10 0 0 s; b MOVED 80 505 10 50 0 s | b
            nested annotations that moved together both stay | a MOVED 100 500 40 0 0 s; b MOVED 120 520 10 40 0 s | -
            an orphan takes no part, even with a span | a MOVED 100 500 10 0 0 s; b ORPHANED 600 505 10 50 0 s | -
            an empty placement takes no part | a MOVED 100 500 10 0 0 s; b MOVED 600 505 0 50 0 s | -
            a result the run did not measure takes no part | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 - - s | -
            # found unchanged at its old offsets
            unchanged first: the moved one gives way | a EXACT 500 500 10 50 0 s; b MOVED 600 505 10 0 0 s | b
            unchanged second: the moved one gives way | a MOVED 100 500 10 0 0 s; b EXACT 505 505 10 50 0 s | a
            # clearly farther from where it was expected (16 characters)
            a 17 farther | a MOVED 100 500 10 17 0 s; b MOVED 600 505 10 0 0 s | a
            a 16 farther: not clearly | a MOVED 100 500 10 16 0 s; b MOVED 600 505 10 0 0 s | -
            b 17 farther | a MOVED 100 500 10 30 0 s; b MOVED 600 505 10 47 0 s | b
            b 16 farther: not clearly | a MOVED 100 500 10 30 0 s; b MOVED 600 505 10 46 0 s | -
            equally near and nothing else tells them apart | a MOVED 100 500 10 5 5 s; b MOVED 600 505 10 5 5 s | -
            # both near, same old section: the short one far from its own place gives way (64 characters)
            a 65 farther from its own place | a MOVED 100 500 10 10 100 s; b MOVED 600 505 10 12 35 s | a
            a 64 farther: not clearly | a MOVED 100 500 10 10 100 s; b MOVED 600 505 10 12 36 s | -
            b 65 farther from its own place | a MOVED 100 500 10 10 35 s; b MOVED 600 505 10 12 100 s | b
            b 64 farther: not clearly | a MOVED 100 500 10 10 36 s; b MOVED 600 505 10 12 100 s | -
            a 19 characters long is still mistakable | a MOVED 100 500 19 10 100 s; b MOVED 600 505 10 12 0 s | a
            a 20 characters long is its own evidence | a MOVED 100 500 20 10 100 s; b MOVED 600 505 10 12 0 s | -
            b 20 characters long is its own evidence | a MOVED 100 500 10 10 0 s; b MOVED 600 505 20 12 100 s | -
            a 16 from where expected is near | a MOVED 100 500 10 16 100 s; b MOVED 600 505 10 10 0 s | a
            a 17 from where expected is not near | a MOVED 100 500 10 17 100 s; b MOVED 600 505 10 10 0 s | -
            b 16 from where expected is near | a MOVED 100 500 10 10 0 s; b MOVED 600 505 10 16 100 s | b
            b 17 from where expected is not near | a MOVED 100 500 10 10 0 s; b MOVED 600 505 10 17 100 s | -
            from different old sections | a MOVED 100 500 10 10 100 s; b MOVED 600 505 10 12 0 t | -
            both without a section count as the same | a MOVED 100 500 10 10 100 -; b MOVED 600 505 10 12 0 - | a
            # otherwise: the one whose old neighbours (same old section, within 160) did not move with it
            b has two neighbours that moved with it | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 605 10 0 0 s | a
            b has only one more than a | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s | -
            a has only one more than b | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 150 550 10 0 0 s | -
            a has two neighbours that moved with it | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 150 550 10 0 0 s; n2 MOVED 200 600 10 0 0 s | b
            neighbour exactly 160 before in the old text | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 440 345 10 0 0 s; n2 MOVED 650 555 10 0 0 s | a
            neighbour exactly 160 after in the old text | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 760 665 10 0 0 s | a
            161 after is no neighbour | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 761 666 10 0 0 s | -
            neighbour that moved 24 farther still moved with it | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 629 10 0 0 s | a
            neighbour that moved 24 less still moved with it | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 581 10 0 0 s | a
            neighbour that moved 25 farther did not | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 630 10 0 0 s | -
            neighbour from another old section does not count | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 605 10 0 0 t | -
            unmeasured neighbour does not count | a MOVED 100 500 10 0 0 s; b MOVED 600 505 10 0 0 s; n1 MOVED 650 555 10 0 0 s; n2 MOVED 700 605 10 - - s | -
            """)
    void theOneOnAnotherUseOfItsWordsGivesWay(String description, String placements, String expected) {
        Map<Annotation, String> names = new HashMap<>();
        List<AnchorResult> results = new ArrayList<>();
        Map<Object, Double> offBy = new HashMap<>();
        Map<Object, Double> offByOwn = new HashMap<>();
        Map<AnchorResult, Object> sections = new HashMap<>();
        Map<String, Object> sectionByName = new HashMap<>();
        for (String placement : placements.split(";")) {
            String[] f = placement.trim().split(" +");
            Annotation annotation = GlossaFactory.eINSTANCE.createAnnotation();
            names.put(annotation, f[0]);
            AnchorState state = AnchorState.valueOf(f[1]);
            int oldBegin = Integer.parseInt(f[2]);
            int newBegin = Integer.parseInt(f[3]);
            int length = Integer.parseInt(f[4]);
            AnchorResult result = new AnchorResult(annotation, state, oldBegin, oldBegin + length, newBegin,
                    newBegin + length, 1, "q", "q");
            results.add(result);
            if (!f[5].equals("-")) {
                offBy.put(annotation, Double.parseDouble(f[5]));
                offByOwn.put(annotation, Double.parseDouble(f[6]));
            }
            // Sections are compared by identity: one object per name, none for "-".
            sections.put(result, f[7].equals("-") ? null : sectionByName.computeIfAbsent(f[7], n -> new Object()));
        }
        Collections.rotate(results, -1);

        Set<AnchorResult> losers = ClaimCheck.losers(results, offBy, offByOwn, sections::get);

        Set<String> loserNames = new TreeSet<>();
        for (AnchorResult loser : losers) {
            loserNames.add(names.get(loser.annotation()));
        }
        Set<String> expectedNames = expected.equals("-") ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
        assertEquals(expectedNames, loserNames, description);
    }
}
