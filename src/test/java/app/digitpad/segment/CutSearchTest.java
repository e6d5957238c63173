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
        int[] best = CutSearch.choose(4, candidates, scores).orElseThrow().chain();
        assertEquals(List.of(1, 13), java.util.Arrays.stream(best).mapToObj(c -> candidates.get(c).piece().pixels()[0]).toList());
    }

    @Test
    void aWholeDigitBeatsItsHalvesAndEmptyWhenNoChainReachesTheEnd() {
        List<CutSearch.Candidate> candidates = List.of(candidate(0, 1), candidate(0, 2), candidate(1, 2));
        assertArrayEquals(new int[] {1}, CutSearch.choose(3, candidates, new double[] {0.3, 0.99, 0.4}).orElseThrow().chain());
        assertTrue(CutSearch.choose(4, candidates, new double[] {0.3, 0.99, 0.4}).isEmpty());
    }

    @Test
    void theMarginIsHowFarTheBestSplitBeatsTheBestOneWithAnotherNumberOfDigits() {
        // Cuts 0..2: whole (0-2) against halves 0-1 + 1-2. Whole 0.9; halves 0.8 and 0.8, each digit adding PER_DIGIT.
        List<CutSearch.Candidate> candidates = List.of(candidate(0, 1), candidate(1, 2), candidate(0, 2));
        CutSearch.Choice close = CutSearch.choose(3, candidates, new double[] {0.8, 0.8, 0.9}).orElseThrow();
        double two = 2 * (Math.log(0.8) + CutSearch.PER_DIGIT);
        double one = Math.log(0.9) + CutSearch.PER_DIGIT;
        assertEquals(2, close.chain().length, "two likely halves beat a likely whole");
        assertEquals(two - one, close.margin(), 1e-9);
        assertTrue(close.margin() < NumberReader.DOUBT, "so close a call is in doubt");
        CutSearch.Choice clear = CutSearch.choose(3, candidates, new double[] {0.01, 0.02, 0.99}).orElseThrow();
        assertEquals(1, clear.chain().length);
        assertTrue(clear.margin() > NumberReader.DOUBT, "halves that are no digits leave no doubt: " + clear.margin());
    }

    @Test
    void theBestSplitIntoOneDigitMoreIsKeptBesideTheChoice() {
        // Cuts 0..3: whole 0-3 (0.9) wins; of the two-digit splits 0-1 + 1-3 (0.5 * 0.4) beats 0-2 + 2-3 (0.3 * 0.3).
        List<CutSearch.Candidate> candidates = List.of(candidate(0, 1), candidate(0, 2), candidate(0, 3),
                candidate(1, 3), candidate(2, 3));
        CutSearch.Choice choice = CutSearch.choose(4, candidates, new double[] {0.5, 0.3, 0.9, 0.4, 0.3}).orElseThrow();
        assertArrayEquals(new int[] {2}, choice.chain());
        assertArrayEquals(new int[] {0, 3}, choice.oneMore());
        List<CutSearch.Candidate> whole = List.of(candidate(0, 1));
        assertEquals(null, CutSearch.choose(2, whole, new double[] {0.9}).orElseThrow().oneMore(), "no cut, no other split");
    }

    @Test
    void aSplitIsInDoubtWhenAnotherCountIsCloseOrOneOfItsCutsIsWeak() {
        Piece group = candidate(0, 2).piece();
        List<Piece> two = List.of(candidate(0, 1).piece(), candidate(1, 2).piece());
        assertTrue(!NumberReader.inDoubt(new CutSearch.Split(group, two, new double[] {0.9, 0.8}, 3, List.of())), "clear and strong");
        assertTrue(NumberReader.inDoubt(new CutSearch.Split(group, two, new double[] {0.9, 0.8}, 1, List.of())), "another count close");
        assertTrue(NumberReader.inDoubt(new CutSearch.Split(group, two, new double[] {0.9, NumberReader.WEAK_CUT / 2}, 3, List.of())),
                "a digit neither judge nor model is sure of");
        assertTrue(!NumberReader.inDoubt(CutSearch.Split.whole(group, 0.9)), "a group read whole with no other way");
    }

    @Test
    void aSplitInDoubtIsNamedInTheReadingAndItsDescription() {
        app.digitpad.inference.Prediction seven = app.digitpad.inference.Prediction.of(
                new float[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0});
        app.digitpad.verdict.Verdict sure = new app.digitpad.verdict.Verdict(app.digitpad.verdict.Verdict.Kind.DIGIT,
                seven, java.util.Optional.empty());
        List<DigitReading> digits = List.of(new DigitReading(new Box(0, 0, 9, 9), sure, new float[784], new app.digitpad.preprocess.GrayImage(28, 28, new float[784])),
                new DigitReading(new Box(12, 0, 19, 9), sure, new float[784], new app.digitpad.preprocess.GrayImage(28, 28, new float[784])),
                new DigitReading(new Box(22, 0, 29, 9), sure, new float[784], new app.digitpad.preprocess.GrayImage(28, 28, new float[784])));
        NumberReading reading = new NumberReading(digits, java.util.Optional.of(new int[] {1, 2}));
        assertEquals(java.util.Optional.of(1), reading.inDoubt());
        assertEquals("777 (in doubt: the 2nd to 3rd digits may be another number of digits)", reading.describe());
        assertEquals(java.util.Optional.empty(), new NumberReading(digits).inDoubt());
    }
}
