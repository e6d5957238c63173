package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.verdict.DigitGate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A digit refused in its number, read again: without a speck beside it, its cut undone, joined to its neighbour. */
class RejoinTest {

    private static final int WIDTH = 20;

    private static NumberReader reader;

    @BeforeAll
    static void load() throws Exception {
        Predictor predictor = new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn");
        ModelLibrary library = new ModelLibrary(Models.bundled().getParent());
        reader = new NumberReader(predictor, DigitGate.load(library.gate()), SegmentJudge.load(library.segmentJudge()));
    }

    @Test
    void aSpeckBesideAStrokeIsLeftOut() {
        Piece stroke = rect(5, 2, 6, 17);
        Piece dot = rect(10, 4, 11, 5);
        Optional<Piece> without = Rejoin.withoutSpecksBeside(stroke.merge(dot), WIDTH, 5);
        assertTrue(without.isPresent());
        assertEquals(stroke.box(), without.get().box());
        assertEquals(stroke.area(), without.get().area());
    }

    @Test
    void aDotUnderAStrokeAsInAnExclamationMarkStays() {
        Piece stroke = rect(5, 2, 6, 14);
        Piece dot = rect(5, 17, 6, 18);
        assertTrue(Rejoin.withoutSpecksBeside(stroke.merge(dot), WIDTH, 5).isEmpty());
        assertTrue(Rejoin.withoutSpecksBeside(stroke, WIDTH, 5).isEmpty(), "no speck at all");
        assertEquals(2, Rejoin.components(stroke.merge(dot), WIDTH).size());
    }

    @Test
    void aOneWithADotOfDustBesideItIsReadAsAOneInDoubt() {
        // MNIST test#5642, a 1 with a speck at its side: refused in its number ("8?", "3880?2") until read without it.
        NumberReading reading = reader.read(row(TestData.test(), 3790, 5642, 8318)).orElseThrow();
        assertEquals("012", reading.number(), reading.describe());
        assertEquals(Optional.of(1), reading.inDoubt(), reading.describe());
    }

    @Test
    void aFiveWhoseTopBarStandsApartIsJoinedToIt() {
        // MNIST test#694, a 5 whose top bar does not reach its body: read "1" and "a straight line" ("35?377").
        NumberReading reading = reader.read(row(TestData.test(), 9804, 694, 3131)).orElseThrow();
        assertEquals("353", reading.number(), reading.describe());
        assertTrue(reading.inDoubt().isPresent(), reading.describe());
    }

    @Test
    void aSixCutIntoAOneAndARefusedRestIsReadWhole() {
        // The benchmark's wide number 220 of five digits: MNIST test#2118, a wide open 6, which the judge cut into a 1
        // and ink refused ("311?26").
        NumberLayouts layouts = new NumberLayouts(TestData.test());
        java.util.Random random = new java.util.Random(NumberBenchmark.SEED * 1_000
                + NumberLayouts.Gap.WIDE.ordinal() * 100L + 5);
        NumberLayouts.Layout layout = layouts.make(random, 5, NumberLayouts.Gap.WIDE);
        for (int i = 0; i < 219; i++) {
            layout = layouts.make(random, 5, NumberLayouts.Gap.WIDE);
        }
        assertEquals(2118, layout.sources()[2]);
        NumberReading reading = reader.read(layout.image()).orElseThrow();
        assertEquals("31626", reading.number(), reading.describe());
        assertEquals(Optional.of(2), reading.inDoubt(), reading.describe());
    }

    /** A filled rectangle of ink pixels on a {@link #WIDTH}-wide image. */
    private static Piece rect(int x0, int y0, int x1, int y1) {
        int[] pixels = IntStream.rangeClosed(y0, y1)
                .flatMap(y -> IntStream.rangeClosed(x0, x1).map(x -> y * WIDTH + x)).toArray();
        return Piece.of(pixels, WIDTH);
    }

    /** The set's digits side by side, a third of a digit apart, as the benchmark's wide numbers are. */
    private static GrayImage row(MnistSet set, int... indices) {
        int side = MnistSet.SIDE;
        int gap = 10;
        int width = indices.length * side + (indices.length - 1) * gap + 2 * gap;
        int height = side + 2 * gap;
        float[] ink = new float[width * height];
        for (int k = 0; k < indices.length; k++) {
            float[] digit = set.image(indices[k]);
            int left = gap + k * (side + gap);
            for (int y = 0; y < side; y++) {
                System.arraycopy(digit, y * side, ink, (gap + y) * width + left, side);
            }
        }
        return new GrayImage(width, height, ink);
    }
}
