package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.TestData;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The variation of the judge's training digits, on real MNIST digits. */
class HandVariationTest {

    private static int inked(float[] digit) {
        int n = 0;
        for (float v : digit) {
            n += v > DigitNormalizer.INK_THRESHOLD ? 1 : 0;
        }
        return n;
    }

    @Test
    void noneLeavesTheDigitAndTheRandomSequenceAlone() {
        float[] digit = TestData.test().image(0);
        Random used = new Random(3);
        assertSame(digit, HandVariation.NONE.apply(digit, used));
        assertEquals(new Random(3).nextLong(), used.nextLong(), "the benchmark's numbers stay as they were");
    }

    @Test
    void writersVaryEveryDigitTheSameWayForTheSameSeed() {
        for (int i = 0; i < 50; i++) {
            float[] digit = TestData.train().image(i);
            float[] a = HandVariation.WRITERS.apply(digit, new Random(i));
            float[] b = HandVariation.WRITERS.apply(digit, new Random(i));
            assertArrayEquals(a, b);
            assertFalse(Arrays.equals(digit, a), "digit " + i + " was varied");
            assertTrue(inked(a) > 0, "digit " + i + " kept its ink");
        }
    }

    @Test
    void aGapClearsInkAcrossOneStrokeNotTheDigit() {
        HandVariation gapsOnly = new HandVariation(Augmentation.NONE, 1);
        int broken = 0;
        for (int i = 0; i < 100; i++) {
            float[] digit = TestData.train().image(i);
            int before = inked(digit);
            int after = inked(gapsOnly.apply(digit, new Random(i)));
            assertTrue(after <= before && after > before * 0.75, "digit " + i + ": " + before + " -> " + after);
            broken += after < before ? 1 : 0;
        }
        assertEquals(100, broken, "every digit got its gap");
    }
}
