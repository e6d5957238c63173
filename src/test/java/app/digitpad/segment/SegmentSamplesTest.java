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
    void aThinOneJoinedToItsNeighbourIsNotTheNeighbourHoweverLittleInkItIs() {
        // "31": the 3 a 20x20 block of ink (400 px), the 1 a line 1 px wide (20 px, under 5% of the two together).
        int width = 40;
        int height = 24;
        float[] ink = new float[width * height];
        int[] owners = new int[ink.length];
        java.util.Arrays.fill(owners, NumberLayouts.NO_DIGIT);
        for (int y = 2; y < 22; y++) {
            for (int x = 5; x < 25; x++) {
                ink[y * width + x] = 1;
                owners[y * width + x] = 0;
            }
            ink[y * width + 25] = 1;
            owners[y * width + 25] = 1;
        }
        NumberLayouts.Layout layout = new NumberLayouts.Layout(new app.digitpad.preprocess.GrayImage(width, height, ink),
                "31", NumberLayouts.Gap.TOUCHING, owners, new int[] {0, 1});
        double[] digitInk = SegmentSamples.inkPerDigit(layout, 2);
        int[] three = inkOf(layout, 0);
        int[] one = inkOf(layout, 1);
        int[] both = IntStream.concat(IntStream.of(three), IntStream.of(one)).toArray();
        assertEquals(SegmentJudge.NOT_ONE_DIGIT, SegmentSamples.answer(layout, Piece.of(both, width), digitInk));
        int[] threeAndATip = IntStream.concat(IntStream.of(three), IntStream.of(one).limit(4)).toArray();
        assertEquals(3, SegmentSamples.answer(layout, Piece.of(threeAndATip, width), digitInk), "a fifth of the 1 is a cut's tip");
        assertEquals(1, SegmentSamples.answer(layout, Piece.of(one, width), digitInk));
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

    @Test
    void aDoodleWrittenIntoANumberAndEveryPieceOfItAreNotOneDigit() {
        NumberLayouts.Layout layout = DoodlesInNumbers.written(zigzag(), TestData.test(), NumberLayouts.Gap.TOUCHING,
                new Random(4));
        int width = layout.image().width();
        double[] digitInk = SegmentSamples.inkPerDigit(layout, 3);
        int[] doodle = inkOf(layout, 1);
        assertEquals(SegmentSamples.DOODLE, layout.truth().charAt(1));
        assertTrue(SegmentSamples.mostlyDoodle(layout, Piece.of(doodle, width)));
        assertEquals(SegmentJudge.NOT_ONE_DIGIT, SegmentSamples.answer(layout, Piece.of(doodle, width), digitInk));
        int[] half = IntStream.of(doodle).filter(p -> p % width < Piece.of(doodle, width).box().x0()
                + Piece.of(doodle, width).box().width() / 2).toArray();
        assertEquals(SegmentJudge.NOT_ONE_DIGIT, SegmentSamples.answer(layout, Piece.of(half, width), digitInk));
        assertEquals(layout.truth().charAt(0) - '0', SegmentSamples.answer(layout, Piece.of(inkOf(layout, 0), width), digitInk));
        assertTrue(!SegmentSamples.mostlyDoodle(layout, Piece.of(inkOf(layout, 0), width)));

        List<SegmentSamples.Sample> samples = SegmentSamples.of(layout, new Random(1));
        String digits = "" + layout.truth().charAt(0) + layout.truth().charAt(2);
        assertTrue(samples.stream().allMatch(s -> s.answer() == SegmentJudge.NOT_ONE_DIGIT
                || digits.indexOf((char) ('0' + s.answer())) >= 0), "only the two digits are taught as digits");
        assertTrue(samples.stream().anyMatch(s -> s.answer() != SegmentJudge.NOT_ONE_DIGIT), "the digits still are");
    }

    /** A zigzag of five strokes across a 28x28 drawing: a doodle the cuts can take apart. */
    static app.digitpad.preprocess.GrayImage zigzag() {
        int side = app.digitpad.preprocess.DigitNormalizer.SIDE;
        float[] ink = new float[side * side];
        for (int x = 2; x < 26; x++) {
            int y = 4 + Math.abs((x % 10) - 5) * 4;
            for (int dy = -1; dy <= 1; dy++) {
                ink[(y + dy) * side + x] = 1f;
            }
        }
        return new app.digitpad.preprocess.GrayImage(side, side, ink);
    }

    private static int[] inkOf(NumberLayouts.Layout layout, int place) {
        float[] ink = layout.image().ink();
        return IntStream.range(0, ink.length).filter(p -> layout.owners()[p] == place
                && ink[p] > app.digitpad.preprocess.DigitNormalizer.INK_THRESHOLD).toArray();
    }
}
