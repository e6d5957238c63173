package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Augmentation on real normalized MNIST digits: reproducible, and each kind of change does what it says. */
class AugmentationTest {

    private final float[] digit = TestData.preprocessedTest().image(0);

    @Test
    void noneLeavesTheDigitAsItIs() {
        assertFalse(Augmentation.NONE.enabled());
        assertArrayEquals(digit, Augmentation.NONE.apply(digit, new SplittableRandom(1)));
    }

    @Test
    void theSameSeedGivesTheSameVariantAndAnotherSeedAnother() {
        Augmentation a = Augmentation.standard();
        assertTrue(a.enabled());
        float[] first = a.apply(digit, new SplittableRandom(5));
        assertArrayEquals(first, a.apply(digit, new SplittableRandom(5)));
        assertTrue(StrokeWidthTest.meanAbsDifference(first, a.apply(digit, new SplittableRandom(6))) > 0.01);
        assertTrue(StrokeWidthTest.meanAbsDifference(first, digit) > 0.01, "a variant differs from the digit");
    }

    @Test
    void rotationKeepsTheInkAndItsCentre() {
        Augmentation tilt = new Augmentation(15, 0, 0, 0, 0);
        SplittableRandom random = new SplittableRandom(3);
        double[] before = DigitNormalizerTest.centreOfMass(digit);
        for (int i = 0; i < 50; i++) {
            float[] out = tilt.apply(digit, random);
            assertEquals(mass(digit), mass(out), mass(digit) * 0.03, "ink is neither lost nor added");
            double[] after = DigitNormalizerTest.centreOfMass(out);
            assertEquals(before[0], after[0], 0.5);
            assertEquals(before[1], after[1], 0.5);
        }
    }

    @Test
    void shiftMovesTheCentreByAtMostTheShift() {
        Augmentation move = new Augmentation(0, 0, 2, 0, 0);
        SplittableRandom random = new SplittableRandom(4);
        double[] before = DigitNormalizerTest.centreOfMass(digit);
        double largest = 0;
        for (int i = 0; i < 100; i++) {
            double[] after = DigitNormalizerTest.centreOfMass(move.apply(digit, random));
            largest = Math.max(largest, Math.max(Math.abs(after[0] - before[0]), Math.abs(after[1] - before[1])));
        }
        assertTrue(largest > 1.5 && largest <= 2.05, "largest move " + largest);
    }

    @Test
    void strokeChangesMakeTheDigitBothThickerAndThinner() {
        Augmentation pen = new Augmentation(0, 0, 0, 0, 0.5);
        SplittableRandom random = new SplittableRandom(2);
        double original = mass(digit);
        double least = Double.MAX_VALUE;
        double most = 0;
        for (int i = 0; i < 100; i++) {
            double m = mass(pen.apply(digit, random));
            least = Math.min(least, m);
            most = Math.max(most, m);
        }
        assertTrue(least < original * 0.8, "thinnest variant keeps " + least / original + " of the ink");
        assertTrue(most > original * 1.2, "thickest variant has " + most / original + " of the ink");
    }

    @Test
    void thinningRemovesHairlinesButKeepsPenStrokesAndThickeningWidens() {
        float[] hairline = new float[28 * 28];
        float[] pen = new float[28 * 28];
        for (int y = 4; y < 24; y++) {
            hairline[y * 28 + 8] = 1;
            for (int x = 17; x < 20; x++) {
                pen[y * 28 + x] = 1;
            }
        }
        assertEquals(0, mass(Augmentation.restroke(hairline, -0.5)), 1e-6, "a 1 px line is not drawn by a thinner pen");
        assertEquals(2.0 / 3, mass(Augmentation.restroke(pen, -0.5)) / mass(pen), 0.05, "a 3 px stroke becomes 2 px");
        assertEquals(4.0 / 3, mass(Augmentation.restroke(pen, 0.5)) / mass(pen), 0.1, "and 4 px when thickened");
    }

    @Test
    void elasticBendingMovesStrokesSmoothlyAndKeepsTheInkWhereItWas() {
        Augmentation wobble = new Augmentation(0, 0, 0, 0, 0, 1.2);
        SplittableRandom random = new SplittableRandom(8);
        double[] before = DigitNormalizerTest.centreOfMass(digit);
        double inkSum = 0;
        for (int i = 0; i < 50; i++) {
            float[] out = wobble.apply(digit, random);
            assertTrue(StrokeWidthTest.meanAbsDifference(out, digit) > 0.02, "a bent variant differs from the digit");
            // A bend stretches a stroke here and squeezes it there, so one variant's ink may differ by a quarter.
            assertEquals(mass(digit), mass(out), mass(digit) * 0.35, "ink is neither lost nor made");
            inkSum += mass(out);
            // The field is smooth over a third of the digit, so it also moves the digit as a whole a little.
            double[] after = DigitNormalizerTest.centreOfMass(out);
            assertEquals(before[0], after[0], 3);
            assertEquals(before[1], after[1], 3);
        }
        assertEquals(mass(digit), inkSum / 50, mass(digit) * 0.05, "on average the ink stays as it was");
    }

    @Test
    void anElasticFieldHasTheAskedSizeAndNeighboursMoveTogether() {
        float[][] field = ElasticField.random(28, Augmentation.ELASTIC_SIGMA, 1.2, new SplittableRandom(9));
        double squares = 0;
        double neighbourSquares = 0;
        for (float[] f : field) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    squares += f[y * 28 + x] * f[y * 28 + x];
                    if (x > 0) {
                        double d = f[y * 28 + x] - f[y * 28 + x - 1];
                        neighbourSquares += d * d;
                    }
                }
            }
        }
        assertEquals(1.2, Math.sqrt(squares / (28 * 28)), 1e-4, "root-mean-square move");
        assertTrue(Math.sqrt(neighbourSquares / (28 * 27)) < 0.3, "neighbours move nearly alike: a bend, not noise");
        assertArrayEquals(field[0], ElasticField.random(28, Augmentation.ELASTIC_SIGMA, 1.2, new SplittableRandom(9))[0]);
    }

    @Test
    void amountsOutsideTheirRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Augmentation(90, 0, 0, 0, 0));
        assertEquals("rotation must be between 0.0 and 45.0, was 90.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(0, Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(0, 0, 0, 0, -1));
        assertEquals("elastic bending must be between 0.0 and 3.0, was 4.0",
                assertThrows(IllegalArgumentException.class, () -> new Augmentation(0, 0, 0, 0, 0, 4)).getMessage());
    }

    private static double mass(float[] image) {
        double m = 0;
        for (float v : image) {
            m += v;
        }
        return m;
    }
}
