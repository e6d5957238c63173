package app.digitpad.segment;

import app.digitpad.preprocess.DigitNormalizer;
import java.util.Random;

/**
 * Breaks some digits of a made number before they are placed: a short gap cut across one stroke, the way a 4
 * or a 5 is written in two strokes, a 0 is left open or a scan breaks a thin line. Strangers' numbers were most
 * often misread by such a digit read as a 1 and the rest, so the number benchmark can ask for them. Any thread
 * may call it with its own {@link Random}.
 *
 * @param share the share of digits that get a gap (0: the digits as they are, and the random sequence untouched)
 */
public record StrokeGaps(double share) {

    /** No digit broken: the benchmark's numbers as they always were. */
    public static final StrokeGaps NONE = new StrokeGaps(0);

    /** Half the width of a gap, in pixels of the 28x28 digit (a pen stroke there is about 2-3 px wide). */
    static final double HALF_WIDTH = 0.8;
    /** How far along the cut a gap reaches from its centre: across one stroke, not the whole digit. */
    static final double REACH = 3.5;

    public StrokeGaps {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the share of broken digits is between 0 and 1, got " + share);
        }
    }

    /** The digit, with a gap when {@code random} says so; {@link #NONE} draws nothing from {@code random}. */
    float[] apply(float[] digit28, Random random) {
        if (share == 0 || random.nextDouble() >= share) {
            return digit28;
        }
        return withGap(digit28, random);
    }

    static int inked(float[] digit28) {
        int inked = 0;
        for (float v : digit28) {
            inked += v > DigitNormalizer.INK_THRESHOLD ? 1 : 0;
        }
        return inked;
    }

    /** A short cut through a random inked pixel, at a random angle, cleared of ink. */
    private static float[] withGap(float[] digit28, Random random) {
        int inked = inked(digit28);
        if (inked == 0) {
            return digit28;
        }
        int side = DigitNormalizer.SIDE;
        int chosen = random.nextInt(inked);
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
                if (Math.abs(across) <= HALF_WIDTH && Math.abs(along) <= REACH) {
                    out[y * side + x] = 0;
                }
            }
        }
        return out;
    }
}
