package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The variation of the judge's training digits, on real MNIST digits. */
class DigitVariationTest {

    @Test
    void noneLeavesTheDigitAndTheRandomSequenceAlone() {
        float[] digit = TestData.test().image(0);
        Random used = new Random(3);
        assertSame(digit, DigitVariation.NONE.apply(digit, used));
        assertEquals(new Random(3).nextLong(), used.nextLong(), "the benchmark's numbers stay as they were");
    }

    @Test
    void theBenchmarksNumbersAreTheSameWithNoVariation() {
        NumberLayouts.Layout before = new NumberLayouts(TestData.test()).make(new Random(11), 5, NumberLayouts.Gap.TOUCHING);
        NumberLayouts.Layout none = new NumberLayouts(TestData.test(), DigitVariation.NONE)
                .make(new Random(11), 5, NumberLayouts.Gap.TOUCHING);
        assertEquals(before.truth(), none.truth());
        assertArrayEquals(before.image().ink(), none.image().ink());
    }

    /**
     * Other writers' digits: most digits change shape, every one keeps ink (a digit is never thinned away), pens
     * both thinner and thicker than MNIST's occur, a share is broken, and the same seed gives the same digits.
     */
    @Test
    void writersDigitsDifferInShapeAndPenKeepTheirInkAndRepeatForASeed() {
        int changed = 0;
        int thinner = 0;
        int thicker = 0;
        for (int i = 0; i < 200; i++) {
            float[] digit = TestData.test().image(i);
            float[] varied = DigitVariation.WRITERS.apply(digit, new Random(i));
            assertArrayEquals(varied, DigitVariation.WRITERS.apply(digit, new Random(i)), "digit " + i);
            int before = StrokeGaps.inked(digit);
            int after = StrokeGaps.inked(varied);
            assertTrue(after > 0, "digit " + i + " kept no ink");
            changed += Arrays.equals(digit, varied) ? 0 : 1;
            thinner += after < before * 0.8 ? 1 : 0;
            thicker += after > before * 1.25 ? 1 : 0;
        }
        assertEquals(200, changed);
        assertTrue(thinner > 20 && thicker > 20, "thinner " + thinner + ", thicker " + thicker + " of 200");
    }

    @Test
    void aNumberOfVariedDigitsStillHoldsEveryDigitsInk() {
        NumberLayouts layouts = new NumberLayouts(TestData.train(), DigitVariation.WRITERS);
        for (int n = 0; n < 20; n++) {
            NumberLayouts.Layout layout = layouts.make(new Random(n), 4, NumberLayouts.Gap.NARROW);
            double[] ink = SegmentSamples.inkPerDigit(layout, 4);
            for (int d = 0; d < 4; d++) {
                assertTrue(ink[d] > 5, "number " + n + " (" + layout.truth() + "), digit " + d + ": ink " + ink[d]);
            }
        }
        assertFalse(Arrays.equals(new NumberLayouts(TestData.train()).make(new Random(1), 4, NumberLayouts.Gap.NARROW)
                .image().ink(), layouts.make(new Random(1), 4, NumberLayouts.Gap.NARROW).image().ink()));
    }
}
