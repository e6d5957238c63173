package app.digitpad.segment;

import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * How each digit of a made number is varied before it is placed, so that the judge learns where to cut in
 * hands other than MNIST's: tilted, slanted, larger or smaller, a thicker or thinner pen, and in some digits a
 * gap cut across one stroke (a 4 or 5 in two strokes, a 0 not closed, a broken scan) that must still count as
 * one digit. The benchmark's numbers use {@link #NONE}, which leaves the digits and the random sequence as
 * they were. Any thread may call it with its own {@link Random}.
 *
 * @param shape    the digit model's kind of augmentation, with larger amounts
 * @param gapShare the share of digits that get a gap
 */
public record HandVariation(Augmentation shape, double gapShare) {

    /** The digits as MNIST stores them. */
    public static final HandVariation NONE = new HandVariation(Augmentation.NONE, 0);

    /**
     * For the judge's training: tilts up to 20 degrees, 15% size, a slant of up to 0.3, 0.7 px on each stroke
     * edge (more than the digit model's, as numbers are written faster than single digits), and a gap in 30%
     * of the digits (strangers' numbers were most often misread by a digit broken into a 1 and the rest).
     */
    public static final HandVariation WRITERS = new HandVariation(new Augmentation(20, 0.15, 0, 0.3, 0.7), 0.3);

    /** Half the width of a gap, in pixels of the 28x28 digit. */
    private static final double GAP_HALF_WIDTH = 0.8;
    /** How far along the cut a gap reaches from its centre: across one stroke, not the whole digit. */
    private static final double GAP_REACH = 3.5;

    /** The digit varied with {@code random} (which NONE does not touch). */
    float[] apply(float[] digit28, Random random) {
        if (equals(NONE)) {
            return digit28;
        }
        float[] out = shape.apply(digit28, new SplittableRandom(random.nextLong()));
        if (inked(out) == 0) {
            out = digit28;
        }
        return random.nextDouble() < gapShare ? withGap(out, random) : out;
    }

    private static int inked(float[] digit28) {
        int inked = 0;
        for (float v : digit28) {
            inked += v > DigitNormalizer.INK_THRESHOLD ? 1 : 0;
        }
        return inked;
    }

    /** A short cut through a random inked pixel, at a random angle, cleared of ink. */
    private static float[] withGap(float[] digit28, Random random) {
        int side = DigitNormalizer.SIDE;
        int chosen = random.nextInt(inked(digit28));
        int centre = 0;
        for (int i = 0; i < digit28.length; i++) {
            if (digit28[i] > DigitNormalizer.INK_THRESHOLD && chosen-- == 0) {
                centre = i;
                break;
            }
        }
        double cx = centre % side;
        double cy = centre / side;
        double angle = random.nextDouble() * Math.PI;
        double ux = Math.cos(angle);
        double uy = Math.sin(angle);
        float[] out = digit28.clone();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double along = (x - cx) * ux + (y - cy) * uy;
                double across = -(x - cx) * uy + (y - cy) * ux;
                if (Math.abs(across) <= GAP_HALF_WIDTH && Math.abs(along) <= GAP_REACH) {
                    out[y * side + x] = 0;
                }
            }
        }
        return out;
    }
}
