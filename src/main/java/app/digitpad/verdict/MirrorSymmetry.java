package app.digitpad.verdict;

import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import java.util.Optional;
import java.util.Set;

/**
 * A drawing that is its own mirror image while the network reads it as a digit that never is: a T read as 7, a V
 * or a Y as 4, an = as 2. The gate refuses only what looks like the non-digits it was taught, and a kind it was not
 * taught passes when the digit model reads it as a digit (BENCHMARKS.md, "Thirteen more kinds left out"); mirror
 * symmetry is a property of the ten digits themselves, learnt from no kind, so it holds for kinds nobody drew here.
 * Measured on the normalized input (fixed cost, whatever the image's size). Any thread; no state.
 */
public final class MirrorSymmetry {

    /**
     * Digits no one writes symmetric about an upright axis. 0, 1 and 8 are; many written 6s and 9s nearly are (a 9
     * whose stem stands under its loop's middle), so they are left out.
     */
    static final Set<Integer> NEVER_LEFT_RIGHT = Set.of(2, 3, 4, 5, 7);
    /** Digits no one writes symmetric top to bottom: 0, 1, 3 and 8 are; a 4 or a 7 with its bar halfway nearly. */
    static final Set<Integer> NEVER_TOP_BOTTOM = Set.of(2, 5, 6, 9);
    /**
     * An overlap with the mirror image above this is symmetric: 7 of MNIST's 60,000 training digits are over it
     * about the axis their digit lacks (of the digits named above, the 99.9th percentile is 0.75 about an upright
     * axis, 0.73 about a level one), and a fifth to a third of the V, Y, T and = drawn by the pad's generators
     * (chosen on the training digits; BENCHMARKS.md, "Mirror symmetry").
     */
    static final double SYMMETRIC = 0.8;
    /** Mirror axes tried, up to this many degrees either side of upright (or level): a hand leans its drawings. */
    static final double MAX_LEAN = 12;
    static final double LEAN_STEP = 4;

    private static final int SIDE = DigitNormalizer.SIDE;

    private MirrorSymmetry() {
    }

    /** The reason a drawing read as {@code digit} is not one, or empty when its symmetry does not rule it out. */
    static Optional<String> refusal(float[] input, int digit) {
        if (NEVER_LEFT_RIGHT.contains(digit) && overlap(input, true) > SYMMETRIC) {
            return Optional.of(Verdict.SYMMETRIC_LEFT_RIGHT + " " + digit + " is");
        }
        if (NEVER_TOP_BOTTOM.contains(digit) && overlap(input, false) > SYMMETRIC) {
            return Optional.of(Verdict.SYMMETRIC_TOP_BOTTOM + " " + digit + " is");
        }
        return Optional.empty();
    }

    /**
     * How much of the ink its mirror image covers (shared ink over all ink of either, 0 to 1), best over axes
     * through the ink's centre leaning up to {@link #MAX_LEAN} degrees; about an upright axis when
     * {@code leftRight}, else a level one. Blurred by a pixel first, so a wobbly hand's strokes still meet.
     */
    static double overlap(float[] input, boolean leftRight) {
        float[] ink = blurred(input);
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < ink.length; i++) {
            mass += ink[i];
            sumX += ink[i] * (i % SIDE);
            sumY += ink[i] * (i / SIDE);
        }
        if (mass <= 0) {
            return 0;
        }
        double best = 0;
        for (double lean = -MAX_LEAN; lean <= MAX_LEAN; lean += LEAN_STEP) {
            double a = Math.toRadians(lean);
            double ux = leftRight ? Math.sin(a) : Math.cos(a);
            double uy = leftRight ? Math.cos(a) : Math.sin(a);
            best = Math.max(best, overlapAbout(ink, sumX / mass, sumY / mass, ux, uy));
        }
        return best;
    }

    /** The overlap with the mirror image about the line through ({@code cx}, {@code cy}) along ({@code ux}, {@code uy}). */
    private static double overlapAbout(float[] ink, double cx, double cy, double ux, double uy) {
        double shared = 0;
        double either = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double px = x - cx;
                double py = y - cy;
                double along = px * ux + py * uy;
                double mirrored = Augmentation.bilinear(ink, cx + 2 * along * ux - px, cy + 2 * along * uy - py);
                double here = ink[y * SIDE + x];
                shared += Math.min(here, mirrored);
                either += Math.max(here, mirrored);
            }
        }
        return either > 0 ? shared / either : 0;
    }

    /** Each pixel the sum of its 3x3 neighbourhood over 5, at most 1: a line one pixel wider, its middle unchanged. */
    private static float[] blurred(float[] input) {
        float[] out = new float[input.length];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += Augmentation.bilinear(input, x + dx, y + dy);
                    }
                }
                out[y * SIDE + x] = (float) Math.min(1, sum / 5);
            }
        }
        return out;
    }
}
