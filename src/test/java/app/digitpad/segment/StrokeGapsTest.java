package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Breaking made numbers' digits, on real digits. */
class StrokeGapsTest {

    @Test
    void noneLeavesTheDigitAndTheRandomSequenceAlone() {
        float[] digit = TestData.test().image(0);
        Random used = new Random(3);
        assertSame(digit, StrokeGaps.NONE.apply(digit, used));
        assertEquals(new Random(3).nextLong(), used.nextLong(), "the benchmark's numbers stay as they were");
    }

    @Test
    void aGapClearsInkAcrossOneStrokeNotTheDigitTheSameForTheSameSeed() {
        StrokeGaps all = new StrokeGaps(1);
        for (int i = 0; i < 100; i++) {
            float[] digit = TestData.realDigits().image(i);
            int before = StrokeGaps.inked(digit);
            float[] broken = all.apply(digit, new Random(i));
            int after = StrokeGaps.inked(broken);
            assertTrue(after < before && after > before * 0.75, "digit " + i + ": " + before + " -> " + after);
            assertArrayEquals(broken, all.apply(digit, new Random(i)));
        }
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StrokeGaps(1.5));
        assertThrows(IllegalArgumentException.class, () -> new StrokeGaps(Double.NaN));
    }
}
