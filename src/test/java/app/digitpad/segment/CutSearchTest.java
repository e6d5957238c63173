package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dynamic programming over cuts, on hand-made candidates and scores. */
class CutSearchTest {

    private static CutSearch.Candidate candidate(int from, int to) {
        return new CutSearch.Candidate(from, to, new Piece(new int[] {from * 10 + to}, new Box(from, 0, to, 0)));
    }

    @Test
    void picksTheChainWithTheLargestProductOfScores() {
        // Cuts 0..3. Whole (0-3) scores 0.5; 0-1 + 1-3 scores 0.9 * 0.9 = 0.81; 0-2 + 2-3 scores 0.95 * 0.3.
        List<CutSearch.Candidate> candidates = List.of(candidate(0, 1), candidate(0, 2), candidate(0, 3),
                candidate(1, 3), candidate(2, 3));
        double[] scores = {0.9, 0.95, 0.5, 0.9, 0.3};
        int[] best = CutSearch.best(4, candidates, scores).orElseThrow();
        assertEquals(List.of(1, 13), java.util.Arrays.stream(best).mapToObj(c -> candidates.get(c).piece().pixels()[0]).toList());
    }

    @Test
    void aWholeDigitBeatsItsHalvesAndEmptyWhenNoChainReachesTheEnd() {
        List<CutSearch.Candidate> candidates = List.of(candidate(0, 1), candidate(0, 2), candidate(1, 2));
        assertArrayEquals(new int[] {1}, CutSearch.best(3, candidates, new double[] {0.3, 0.99, 0.4}).orElseThrow());
        assertTrue(CutSearch.best(4, candidates, new double[] {0.3, 0.99, 0.4}).isEmpty());
    }
}
