package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.verdict.DigitGate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Doodles written between two digits: answered with a '?', or taken for digits, and counted so. */
class DoodlesInNumbersTest {

    private static final int SIDE = MnistSet.SIDE;
    private static NumberReader reader;

    @BeforeAll
    static void load() throws Exception {
        ModelLibrary library = new ModelLibrary(Models.bundled().getParent());
        reader = new NumberReader(new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn"),
                DigitGate.load(library.gate()), SegmentJudge.load(library.segmentJudge()));
    }

    @Test
    void aBlotIsAnsweredAndADigitPassedOffAsADoodleIsTakenForOne() {
        MnistSet test = TestData.test().limit(100);
        List<DoodlesInNumbers.Result> blots = DoodlesInNumbers.run(reader, test, List.of(blot()), 1, 1);
        List<DoodlesInNumbers.Result> digits = DoodlesInNumbers.run(reader, test,
                List.of(new GrayImage(SIDE, SIDE, test.image(0))), 1, 1);
        for (int g = 0; g < NumberLayouts.Gap.values().length; g++) {
            assertEquals(1, blots.get(g).numbers());
            assertEquals(1, digits.get(g).numbers());
            assertEquals(0, digits.get(g).answered(), digits.get(g) + ": a " + test.label(0) + " is a digit");
        }
        NumberLayouts.Gap wide = NumberLayouts.Gap.WIDE;
        assertEquals(new DoodlesInNumbers.Result(wide, 1, 1, 0, 0), blots.get(wide.ordinal()), "a blot is no digit");
        assertEquals(1, digits.get(wide.ordinal()).takenForDigits());
    }

    @Test
    void blankDrawingsArePassedOverAndOnlyDrawingsOfMnistsSizeAreWritten() {
        MnistSet test = TestData.test().limit(10);
        GrayImage blank = new GrayImage(SIDE, SIDE, new float[SIDE * SIDE]);
        List<DoodlesInNumbers.Result> results = DoodlesInNumbers.run(reader, test, List.of(blank, blot()), 1, 2);
        assertTrue(results.stream().allMatch(r -> r.numbers() == 1), results.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoodlesInNumbers.run(reader,
                test, List.of(new GrayImage(30, 28, new float[30 * 28])), 1, 1));
        assertTrue(e.getMessage().contains("28x28") && e.getMessage().contains("30x28"), e.getMessage());
    }

    @Test
    void theDoodleIsWrittenBetweenTwoDigitsAtADigitsHeight() {
        MnistSet test = TestData.test().limit(10);
        NumberLayouts.Layout layout = DoodlesInNumbers.written(blot(), test, NumberLayouts.Gap.WIDE, new Random(3));
        assertEquals(3, layout.truth().length());
        assertEquals('?', layout.truth().charAt(1));
        long doodlePixels = java.util.Arrays.stream(layout.owners()).filter(o -> o == 1).count();
        long firstPixels = java.util.Arrays.stream(layout.owners()).filter(o -> o == 0).count();
        assertTrue(doodlePixels > 0 && firstPixels > 0, doodlePixels + " / " + firstPixels);
        assertTrue(layout.image().height() < 2 * SIDE, "about one digit tall: " + layout.image().height());
    }

    /** A filled disc filling most of a 28x28 drawing. */
    private static GrayImage blot() {
        float[] ink = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                ink[y * SIDE + x] = Math.hypot(x - 13.5, y - 13.5) < 11 ? 1f : 0f;
            }
        }
        return new GrayImage(SIDE, SIDE, ink);
    }
}
