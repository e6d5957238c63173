package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How candidates of made numbers are labelled for the judge: by whose ink they hold. */
class SegmentSamplesTest {

    private final NumberLayouts layouts = new NumberLayouts(TestData.test());

    @Test
    void aDigitsOwnInkIsThatDigitHalfOfItOrTwoDigitsAreNot() {
        NumberLayouts.Layout layout = layouts.make(new Random(3), 2, NumberLayouts.Gap.WIDE);
        int width = layout.image().width();
        double[] digitInk = SegmentSamples.inkPerDigit(layout, 2);
        int[] first = inkOf(layout, 0);
        int[] second = inkOf(layout, 1);
        assertEquals(layout.truth().charAt(0) - '0', SegmentSamples.answer(layout, Piece.of(first, width), digitInk));
        assertEquals(layout.truth().charAt(1) - '0', SegmentSamples.answer(layout, Piece.of(second, width), digitInk));
        int[] half = IntStream.of(first).filter(p -> p / width < Piece.of(first, width).box().y0()
                + Piece.of(first, width).box().height() / 2).toArray();
        assertEquals(SegmentJudge.NOT_ONE_DIGIT, SegmentSamples.answer(layout, Piece.of(half, width), digitInk));
        int[] both = IntStream.concat(IntStream.of(first), IntStream.of(second)).toArray();
        assertEquals(SegmentJudge.NOT_ONE_DIGIT, SegmentSamples.answer(layout, Piece.of(both, width), digitInk));
    }

    @Test
    void aTouchingNumberGivesEachOfItsDigitsAndMoreNonDigitsInTheJudgesView() {
        NumberLayouts.Layout layout = layouts.make(new Random(5), 3, NumberLayouts.Gap.TOUCHING);
        List<SegmentSamples.Sample> samples = SegmentSamples.of(layout, new Random(1));
        for (char digit : layout.truth().toCharArray()) {
            assertTrue(samples.stream().anyMatch(s -> s.answer() == digit - '0'), layout.truth() + ": " + digit);
        }
        long not = samples.stream().filter(s -> s.answer() == SegmentJudge.NOT_ONE_DIGIT).count();
        assertTrue(not > samples.size() / 2, not + " of " + samples.size());
        assertTrue(samples.stream().allMatch(s -> s.view().length == SegmentView.SIZE));
    }

    private static int[] inkOf(NumberLayouts.Layout layout, int place) {
        float[] ink = layout.image().ink();
        return IntStream.range(0, ink.length).filter(p -> layout.owners()[p] == place
                && ink[p] > app.digitpad.preprocess.DigitNormalizer.INK_THRESHOLD).toArray();
    }
}
