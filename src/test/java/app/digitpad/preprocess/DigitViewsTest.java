package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DigitViewsTest {

    private static final int PIXELS = DigitNormalizer.SIDE * DigitNormalizer.SIDE;

    @Test
    void theFirstViewIsTheInputAsItIsAndEveryOtherDiffers() throws Exception {
        float[] input = TestData.test().image(3);
        float[] views = DigitViews.of(input);
        assertEquals(DigitViews.VIEWS.size() * PIXELS, views.length);
        assertArrayEquals(input, Arrays.copyOfRange(views, 0, PIXELS));
        for (int k = 1; k < DigitViews.VIEWS.size(); k++) {
            float[] view = Arrays.copyOfRange(views, k * PIXELS, (k + 1) * PIXELS);
            assertFalse(Arrays.equals(input, view), "view " + DigitViews.VIEWS.get(k) + " changes nothing");
            float ink = 0;
            for (float v : view) {
                ink += v;
            }
            assertTrue(ink > 20, "view " + DigitViews.VIEWS.get(k) + " lost the digit's ink: " + ink);
        }
    }

    @Test
    void everyViewIsAChangeTheModelWasTrainedToReadAsTheSameDigit() {
        Augmentation trained = Augmentation.standard();
        for (DigitViews.View v : DigitViews.VIEWS) {
            assertTrue(Math.abs(v.degrees()) <= trained.rotationDegrees(), v + " turns more than training did");
            assertTrue(Math.abs(v.size() - 1) <= trained.scale() + 1e-9, v + " scales more than training did");
            assertTrue(Math.abs(v.strokePixels()) <= trained.strokePixels(), v + " restrokes more than training did");
        }
    }
}
