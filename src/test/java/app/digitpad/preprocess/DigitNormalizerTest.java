package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Properties of the MNIST framing over many random synthetic digits: the box, the centre of mass, and
 * invariance to where and how large the digit was drawn.
 */
class DigitNormalizerTest {

    private static final int CANVAS = 280;
    private final Random random = new Random(2024);

    @RepeatedTest(50)
    void longestSideIsTwentyAndMassIsCentred() {
        float[] out = DigitNormalizer.normalize(randomDigit(CANVAS, random)).orElseThrow();
        int[] box = DigitNormalizer.inkBounds(new GrayImage(28, 28, out));
        int longest = Math.max(box[2] - box[0] + 1, box[3] - box[1] + 1);
        assertTrue(Math.abs(longest - 20) <= 1, "longest side " + longest);
        double[] com = centreOfMass(out);
        assertEquals(14.0, com[0], 0.5, "x centre of mass");
        assertEquals(14.0, com[1], 0.5, "y centre of mass");
    }

    @RepeatedTest(20)
    void movingTheInkOnTheCanvasChangesNothing() {
        GrayImage digit = randomDigit(120, random);
        GrayImage a = placed(digit, CANVAS, 0, 0);
        GrayImage b = placed(digit, CANVAS, CANVAS - 120, CANVAS - 120);
        assertArrayEquals(DigitNormalizer.normalize(a).orElseThrow(), DigitNormalizer.normalize(b).orElseThrow(), 1e-6f);
    }

    @Test
    void drawingTheSameShapeAtAnotherScaleGivesNearlyTheSameInput() {
        GrayImage big = rectangleOutline(240, 40, 30, 200, 220, 16);
        GrayImage small = rectangleOutline(200, 10, 8, 50, 55, 4);
        float[] a = DigitNormalizer.normalize(big).orElseThrow();
        float[] b = DigitNormalizer.normalize(small).orElseThrow();
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff += Math.abs(a[i] - b[i]);
        }
        assertTrue(diff / a.length < 0.02, "mean absolute difference " + diff / a.length);
    }

    @Test
    void emptyCanvasHasNoInput() {
        assertTrue(DigitNormalizer.normalize(new GrayImage(50, 50, new float[2500])).isEmpty());
    }

    @Test
    void faintNoiseDoesNotCountAsInk() {
        float[] ink = new float[100 * 100];
        java.util.Arrays.fill(ink, 0.05f);
        assertTrue(DigitNormalizer.normalize(new GrayImage(100, 100, ink)).isEmpty());
    }

    @Test
    void aThinVerticalStrokeKeepsItsAspectRatio() {
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 40; y < 240; y++) {
            for (int x = 135; x < 145; x++) {
                ink[y * CANVAS + x] = 1;
            }
        }
        float[] out = DigitNormalizer.normalize(new GrayImage(CANVAS, CANVAS, ink)).orElseThrow();
        int[] box = DigitNormalizer.inkBounds(new GrayImage(28, 28, out));
        assertEquals(20, box[3] - box[1] + 1, "height scaled to 20");
        assertEquals(1, box[2] - box[0] + 1, "a 10x200 stroke stays one pixel wide");
    }

    static double[] centreOfMass(float[] img28) {
        double m = 0;
        double x = 0;
        double y = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                float v = img28[r * 28 + c];
                m += v;
                x += v * (c + 0.5);
                y += v * (r + 0.5);
            }
        }
        return new double[] {x / m, y / m};
    }

    /** Random strokes (thick random line segments) somewhere on a canvas. */
    static GrayImage randomDigit(int size, Random random) {
        float[] ink = new float[size * size];
        int strokes = 1 + random.nextInt(4);
        int radius = 2 + random.nextInt(size / 20 + 1);
        for (int s = 0; s < strokes; s++) {
            double x0 = radius + random.nextDouble() * (size - 2 * radius);
            double y0 = radius + random.nextDouble() * (size - 2 * radius);
            double x1 = radius + random.nextDouble() * (size - 2 * radius);
            double y1 = radius + random.nextDouble() * (size - 2 * radius);
            for (double t = 0; t <= 1; t += 0.002) {
                dab(ink, size, x0 + t * (x1 - x0), y0 + t * (y1 - y0), radius);
            }
        }
        return new GrayImage(size, size, ink);
    }

    private static void dab(float[] ink, int size, double cx, double cy, int r) {
        for (int y = (int) cy - r; y <= (int) cy + r; y++) {
            for (int x = (int) cx - r; x <= (int) cx + r; x++) {
                if (x >= 0 && y >= 0 && x < size && y < size && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    ink[y * size + x] = 1;
                }
            }
        }
    }

    private static GrayImage placed(GrayImage digit, int size, int left, int top) {
        float[] ink = new float[size * size];
        for (int y = 0; y < digit.height(); y++) {
            System.arraycopy(digit.ink(), y * digit.width(), ink, (top + y) * size + left, digit.width());
        }
        return new GrayImage(size, size, ink);
    }

    private static GrayImage rectangleOutline(int size, int x0, int y0, int x1, int y1, int thickness) {
        float[] ink = new float[size * size];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                boolean edge = x < x0 + thickness || x >= x1 - thickness || y < y0 + thickness || y >= y1 - thickness;
                ink[y * size + x] = edge ? 1 : 0;
            }
        }
        return new GrayImage(size, size, ink);
    }
}
