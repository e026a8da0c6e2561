package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two places overlap when they share a character; places that only touch do not (end exclusive). */
class CandidateTest {

    @ParameterizedTest(name = "[{0}, {1}) and [{2}, {3}): {4}")
    @CsvSource({
            "0, 5, 5, 8, false", // touching: the first ends where the second begins
            "5, 8, 0, 5, false", "0, 5, 4, 8, true", "4, 8, 0, 5, true", // one character shared
            "3, 4, 0, 10, true", "0, 10, 3, 4, true", // one inside the other
            "2, 6, 2, 6, true", "0, 2, 7, 9, false", "7, 9, 0, 2, false",
    })
    void overlapsWhenTheyShareACharacter(int start, int end, int otherStart, int otherEnd, boolean overlap) {
        Candidate a = new Candidate(start, end, 0, 0, 0, 0);
        Candidate b = new Candidate(otherStart, otherEnd, 0, 0, 0, 0);
        assertEquals(overlap, a.overlaps(b));
        assertEquals(overlap, b.overlaps(a), "symmetric");
    }
}
