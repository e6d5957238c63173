package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Properties of the MNIST framing over many random synthetic digits: the box, the centre of mass,
 * invariance to where and how large the digit was drawn, and to paper versus screen colours.
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

    @RepeatedTest(15)
    void aSketchDrawnAtHalfTheSizeWithHalfTheBrushGivesNearlyTheSameInput() {
        Sketch sketch = Sketch.random(random, 200);
        float[] big = DigitNormalizer.normalize(sketch.draw(CANVAS, 30, 30, 1, 14)).orElseThrow();
        float[] small = DigitNormalizer.normalize(sketch.draw(CANVAS, 150, 10, 0.5, 7)).orElseThrow();
        double diff = StrokeWidthTest.meanAbsDifference(big, small);
        assertTrue(diff < 0.03, "mean absolute difference " + diff);
    }

    @RepeatedTest(10)
    void aLightBackgroundIsInvertedSoPaperAndScreenGiveTheSameInput() {
        GrayImage ink = Sketch.random(random, 150).draw(200, 20, 30, 1, 12);
        int[] darkOnWhite = new int[ink.ink().length];
        int[] lightOnBlack = new int[ink.ink().length];
        for (int i = 0; i < darkOnWhite.length; i++) {
            int level = Math.round(ink.ink()[i] * 255);
            darkOnWhite[i] = grey(255 - level);
            lightOnBlack[i] = grey(level);
        }
        float[] paper = DigitNormalizer.normalize(InkExtractor.fromArgb(darkOnWhite, 200, 200)).orElseThrow();
        float[] screen = DigitNormalizer.normalize(InkExtractor.fromArgb(lightOnBlack, 200, 200)).orElseThrow();
        float[] direct = DigitNormalizer.normalize(ink).orElseThrow();
        assertArrayEquals(screen, paper, 1e-5f);
        assertTrue(StrokeWidthTest.meanAbsDifference(direct, paper) < 0.005, "8-bit round trip changes little");
    }

    private static int grey(int level) {
        return 0xFF000000 | level << 16 | level << 8 | level;
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
    void aThinVerticalStrokeKeepsItsHeightAndGetsAnMnistWidth() {
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 40; y < 240; y++) {
            for (int x = 135; x < 145; x++) {
                ink[y * CANVAS + x] = 1;
            }
        }
        float[] out = DigitNormalizer.normalize(new GrayImage(CANVAS, CANVAS, ink)).orElseThrow();
        int[] box = DigitNormalizer.inkBounds(new GrayImage(28, 28, out));
        assertEquals(20, box[3] - box[1] + 1, "height scaled to 20");
        assertEquals(2, box[2] - box[0] + 1, "a 10x200 stroke (1 px at MNIST scale) is widened to MNIST's 1.8 px");
    }

    @Test
    void theStepsShowTheCentreOfMassShiftAndMapTheSourceOntoTheInput() {
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 40; y < 240; y++) {
            for (int x = 60; x < 200; x++) {
                boolean bar = y < 80 || x < 100;
                ink[y * CANVAS + x] = bar ? 1 : 0;
            }
        }
        DigitNormalizer.Steps steps = DigitNormalizer.steps(new GrayImage(CANVAS, CANVAS, ink)).orElseThrow();
        assertArrayEquals(new int[] {60, 40, 199, 239}, steps.cropBox());
        assertArrayEquals(DigitNormalizer.normalize(new GrayImage(CANVAS, CANVAS, ink)).orElseThrow(), steps.input(),
                "the steps end in the same input as normalize");
        int[] shift = steps.shift();
        assertTrue(shift[0] > 0 && shift[1] > 0, "a Γ's mass lies top-left in its box, so the box moves down-right, "
                + "was " + shift[0] + ", " + shift[1]);
        float[] centred = steps.boxCentred();
        double[] before = centreOfMass(centred);
        double[] after = centreOfMass(steps.input());
        assertEquals(14, after[0], 0.5);
        assertEquals(shift[0], Math.round(after[0] - before[0]), 1e-9, "the shift is what moved the mass");
        int topLeft = steps.inputIndexOf(61, 41);
        assertTrue(steps.input()[topLeft] > 0.5f, "ink at the crop's corner lands on ink in the input");
        assertEquals(-1, steps.inputIndexOf(10, 10), "outside the crop: no input pixel");
        assertEquals(-1, steps.inputIndexOf(200, 100));
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
