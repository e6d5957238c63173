package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The pen-width measure against strokes of known width, and the promise that matters to users: the same
 * digit drawn with a 3 px or a 25 px brush reaches the network with MNIST-like strokes.
 */
class StrokeWidthTest {

    private static final int SIZE = 240;
    private final Random random = new Random(7);

    @Test
    void readsTheWidthOfHorizontalAndDiagonalStrokes() {
        for (int width : new int[] {4, 8, 12, 20}) {
            assertEquals(width, StrokeWidth.measure(band(width, 0), SIZE, SIZE), width * 0.1, "horizontal " + width);
            assertEquals(width, StrokeWidth.measure(band(width, 1), SIZE, SIZE), width * 0.12, "diagonal " + width);
        }
    }

    @Test
    void growingMovesEachEdgeByTheRadius() {
        float[] stroke = band(10, 0.5);
        assertEquals(16, StrokeWidth.measure(StrokeWidth.grow(stroke, SIZE, SIZE, 3), SIZE, SIZE), 1.2);
        assertEquals(6, StrokeWidth.measure(StrokeWidth.grow(stroke, SIZE, SIZE, -2), SIZE, SIZE), 1.2);
        assertEquals(10, StrokeWidth.measure(StrokeWidth.grow(stroke, SIZE, SIZE, 0), SIZE, SIZE), 1.0);
    }

    @Test
    void anEmptyImageHasNoWidth() {
        assertEquals(0, StrokeWidth.measure(new float[100], 10, 10));
    }

    @RepeatedTest(25)
    void aThinAndAFatBrushBothGiveMnistLikeStrokes() {
        Sketch sketch = Sketch.random(random, 100);
        GrayImage thin = sketch.draw(280, 60, 60, 1, 3);
        GrayImage fat = sketch.draw(280, 60, 60, 1, 25);
        assertTrue(StrokeWidth.ofDigit(crop(thin)) < StrokeWidth.MIN - 0.5, "3 px brush is hair-thin before");
        assertTrue(StrokeWidth.ofDigit(crop(fat)) > StrokeWidth.MAX + 0.3, "25 px brush is a blob before");
        float[] a = DigitNormalizer.normalize(thin).orElseThrow();
        float[] b = DigitNormalizer.normalize(fat).orElseThrow();
        for (float[] out : new float[][] {a, b}) {
            double w = StrokeWidth.ofDigit(crop(new GrayImage(28, 28, out)));
            assertTrue(w >= StrokeWidth.MIN - 0.35 && w <= StrokeWidth.MAX + 0.35, "stroke width after: " + w);
        }
        assertTrue(meanAbsDifference(a, b) < 0.12, "3 px and 25 px versions differ by " + meanAbsDifference(a, b));
    }

    /** A straight band of the given width through the image's centre, at 45 degrees times {@code slope}. */
    private static float[] band(int width, double slope) {
        float[] ink = new float[SIZE * SIZE];
        double angle = Math.atan(slope);
        double nx = -Math.sin(angle);
        double ny = Math.cos(angle);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double cx = x + 0.5 - SIZE / 2.0;
                double cy = y + 0.5 - SIZE / 2.0;
                double along = cx * ny - cy * nx;
                if (Math.abs(cx * nx + cy * ny) <= width / 2.0 && Math.abs(along) < SIZE / 3.0) {
                    ink[y * SIZE + x] = 1;
                }
            }
        }
        return ink;
    }

    static GrayImage crop(GrayImage image) {
        return DigitNormalizer.crop(image, DigitNormalizer.inkBounds(image));
    }

    static double meanAbsDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
