package app.digitpad.preprocess;

import java.util.SplittableRandom;

/**
 * Random, small changes to a normalized 28x28 digit of the kind people's drawings differ by: tilt, size,
 * position, slant and pen width. Applied on the fly during training, so every epoch sees new variants,
 * and drawn from a seeded generator, so a run is reproducible. Each amount is the largest change; the
 * actual one is uniform between minus and plus it.
 *
 * @param rotationDegrees largest rotation about the field's centre
 * @param scale           largest relative change of size (0.1: 90% to 110%)
 * @param shiftPixels     largest move along each axis, in pixels of the 28x28 field
 * @param shear           largest horizontal shear (x moves by shear * y)
 * @param strokePixels    largest move of every stroke edge, outwards or inwards, in pixels
 * @param elasticPixels   root-mean-square move of a smooth random bending of the whole field (Simard et al.'s
 *                        elastic distortion), in pixels: the wobble of a hand, which no affine change makes
 */
public record Augmentation(double rotationDegrees, double scale, double shiftPixels, double shear,
                           double strokePixels, double elasticPixels) {

    /** No change: training on the normalized digits as they are. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0, 0);

    /** Gaussian width of the elastic field, in pixels: Simard et al.'s 4 bends a stroke, not single pixels. */
    static final double ELASTIC_SIGMA = 4.0;

    private static final int SIDE = DigitNormalizer.SIDE;
    private static final double CENTRE = SIDE / 2.0;

    public Augmentation {
        check(rotationDegrees, 0, 45, "rotation");
        check(scale, 0, 0.5, "scale");
        check(shiftPixels, 0, 6, "shift");
        check(shear, 0, 0.6, "shear");
        check(strokePixels, 0, 1.5, "stroke change");
        check(elasticPixels, 0, 3, "elastic bending");
    }

    /** Without elastic bending, as every sidecar before it was written. */
    public Augmentation(double rotationDegrees, double scale, double shiftPixels, double shear, double strokePixels) {
        this(rotationDegrees, scale, shiftPixels, shear, strokePixels, 0);
    }

    /**
     * The amounts DigitPad trains its recommended model with: tilts up to 15 degrees (with the shear, a
     * slant of about 25), 10% size, 1.5 px of position and half a pixel on each stroke edge.
     */
    public static Augmentation standard() {
        return new Augmentation(STANDARD_ROTATION, STANDARD_SCALE, STANDARD_SHIFT, STANDARD_SHEAR, STANDARD_STROKE,
                STANDARD_ELASTIC);
    }

    /** The standard amounts one by one, for the command line's help (each reason is in {@link #standard()}'s). */
    public static final double STANDARD_ROTATION = 15;
    public static final double STANDARD_SCALE = 0.1;
    public static final double STANDARD_SHIFT = 1.5;
    public static final double STANDARD_SHEAR = 0.2;
    public static final double STANDARD_STROKE = 0.5;
    /** No bending in the standard amounts: every bundled model was trained without it. */
    public static final double STANDARD_ELASTIC = 0;

    public boolean enabled() {
        return !equals(NONE);
    }

    /** A new variant of the digit; the input is left as it is. */
    public float[] apply(float[] digit28, SplittableRandom random) {
        double angle = Math.toRadians(uniform(random, rotationDegrees));
        double size = 1 + uniform(random, scale);
        double slant = uniform(random, shear);
        double dx = uniform(random, shiftPixels);
        double dy = uniform(random, shiftPixels);
        double stroke = uniform(random, strokePixels);
        float[][] bend = elasticPixels == 0 ? null : ElasticField.random(SIDE, ELASTIC_SIGMA, elasticPixels, random);
        float[] out = warp(digit28, angle, size, slant, dx, dy, bend);
        return stroke == 0 ? out : restroke(out, stroke);
    }

    /**
     * One chosen variant, the same transform training uses: turned by {@code degrees}, scaled by
     * {@code size}, moved by ({@code dx}, {@code dy}) pixels and its strokes grown (or, negative, thinned)
     * by {@code strokePixels}. All zero (size 1) gives the digit back exactly. For probing a model.
     */
    public static float[] transform(float[] digit28, double degrees, double size, double dx, double dy,
                                    double strokePixels) {
        float[] out = warp(digit28, Math.toRadians(degrees), size, 0, dx, dy, null);
        return strokePixels == 0 ? out : restroke(out, strokePixels);
    }

    /**
     * Moves the stroke edges by {@code pixels} at twice the field's resolution, where half a pixel is a
     * whole one: thinning then really removes the thinnest parts of a stroke, as a thinner pen would not
     * have drawn them, instead of only fading them.
     */
    static float[] restroke(float[] digit28, double pixels) {
        int fine = 2 * SIDE;
        float[] up = new float[fine * fine];
        for (int y = 0; y < fine; y++) {
            for (int x = 0; x < fine; x++) {
                up[y * fine + x] = digit28[(y / 2) * SIDE + x / 2];
            }
        }
        float[] grown = StrokeWidth.grow(up, fine, fine, 2 * pixels);
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int i = 2 * y * fine + 2 * x;
                out[y * SIDE + x] = (grown[i] + grown[i + 1] + grown[i + fine] + grown[i + fine + 1]) / 4;
            }
        }
        return out;
    }

    /**
     * Output pixel p samples the input at the inverse of (rotate * shear * scale) applied to p - centre,
     * bilinearly, so the transform is smooth and nothing is sampled twice; a bending field ({@code bend[0]}
     * across, {@code bend[1]} down, or null) moves p before that, in the same single sampling.
     */
    private static float[] warp(float[] src, double angle, double size, double slant, double dx, double dy,
                                float[][] bend) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = cos * size;
        double b = (cos * slant - sin) * size;
        double c = sin * size;
        double d = (sin * slant + cos) * size;
        double det = a * d - b * c;
        float[] out = new float[src.length];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int i = y * SIDE + x;
                double px = x + 0.5 - CENTRE - dx + (bend == null ? 0 : bend[0][i]);
                double py = y + 0.5 - CENTRE - dy + (bend == null ? 0 : bend[1][i]);
                double sx = (d * px - b * py) / det + CENTRE - 0.5;
                double sy = (-c * px + a * py) / det + CENTRE - 0.5;
                out[i] = bilinear(src, sx, sy);
            }
        }
        return out;
    }

    /**
     * A 28x28 input's ink at ({@code x}, {@code y}) in pixel coordinates, bilinear between pixel centres, none
     * outside the image. Any thread.
     */
    public static float bilinear(float[] src, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(src, x0, y0) + fx * at(src, x0 + 1, y0))
                + fy * ((1 - fx) * at(src, x0, y0 + 1) + fx * at(src, x0 + 1, y0 + 1)));
    }

    private static float at(float[] src, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0 : src[y * SIDE + x];
    }

    private static double uniform(SplittableRandom random, double max) {
        return max == 0 ? 0 : (random.nextDouble() * 2 - 1) * max;
    }

    private static void check(double value, double min, double max, String what) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
