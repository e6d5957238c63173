package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import org.junit.jupiter.api.Test;

/** The drawn-digit renderings look like what their names say. */
class DrawnDigitsTest {

    private final float[] seven = TestData.test().image(0);

    private static double ink(GrayImage g) {
        double sum = 0;
        for (float v : g.ink()) {
            sum += v;
        }
        return sum;
    }

    @Test
    void smallCornerDigitStaysInTheTopLeftCorner() {
        GrayImage g = DrawnDigits.render(seven, DrawnDigits.Distortion.SMALL_CORNER);
        int[] box = DigitNormalizer.inkBounds(g);
        assertTrue(box[2] < 70 && box[3] < 70, "ink box " + java.util.Arrays.toString(box));
    }

    @Test
    void thickHasMoreInkAndThinLessThanCentered() {
        double plain = ink(DrawnDigits.render(seven, DrawnDigits.Distortion.CENTERED));
        assertTrue(ink(DrawnDigits.render(seven, DrawnDigits.Distortion.THICK)) > 1.3 * plain);
        double thin = ink(DrawnDigits.render(seven, DrawnDigits.Distortion.THIN));
        assertTrue(thin < 0.8 * plain && thin > 0.2 * plain, "thin keeps the strokes: " + thin / plain);
    }

    @Test
    void rotationsTurnTheDigitBothWaysAndKeepItsInk() {
        GrayImage left = DrawnDigits.render(seven, DrawnDigits.Distortion.ROTATED_LEFT_20);
        GrayImage right = DrawnDigits.render(seven, DrawnDigits.Distortion.ROTATED_RIGHT_20);
        double plain = ink(DrawnDigits.render(seven, DrawnDigits.Distortion.CENTERED));
        assertEquals(plain, ink(left), 0.05 * plain);
        assertEquals(plain, ink(right), 0.05 * plain);
        assertTrue(!java.util.Arrays.equals(left.ink(), right.ink()));
    }

    @Test
    void everyRenderingIsAPadSizedCanvas() {
        for (DrawnDigits.Distortion d : DrawnDigits.Distortion.values()) {
            GrayImage g = DrawnDigits.render(seven, d);
            assertEquals(280, g.width());
            assertTrue(DigitNormalizer.normalize(g).isPresent(), d + " has ink");
        }
    }
}
