package app.digitpad.preprocess;

import java.util.Optional;

/**
 * Makes any digit image look like an MNIST digit, the way MNIST itself was made: crop to the ink, bring
 * the pen width into MNIST's range ({@link StrokeWidth}), scale the longest side to 20 px keeping the
 * aspect ratio with area-averaging (anti-aliased), then place it in a 28x28 field so that its centre of
 * mass is at the centre. Training images, drawings and image files
 * all pass through here, so the network never sees a digit framed differently from how it learned.
 */
public final class DigitNormalizer {

    /** Recorded in checkpoints: a model is only valid with the preprocessing it was trained for. */
    public static final String VERSION = "mnist-box20-com-width-v2";
    public static final int SIDE = 28;
    /** MNIST's digits fill a 20x20 box inside the 28x28 field. */
    public static final int BOX = 20;
    /** Below this ink level a pixel is noise (JPEG ringing, paper grain), not part of the digit's extent. */
    public static final float INK_THRESHOLD = 0.1f;

    private DigitNormalizer() {
    }

    /** The 28x28 input (row-major, 0..1), or empty when the image holds no ink. */
    public static Optional<float[]> normalize(GrayImage image) {
        return steps(image).map(Steps::input);
    }

    /**
     * Every stage of {@link #normalize}, for showing a user what normalization does to a digit: the crop
     * to the ink, the pen-width step (the same image when the width was already in MNIST's range), the
     * digit scaled into the 20 px box, and the 28x28 input with its centre of mass at the centre.
     *
     * @param cropBox where the crop lies in the source image, inclusive {x0, y0, x1, y1}
     * @param left    the box's left column in the 28x28 input
     * @param top     the box's top row in the 28x28 input
     */
    public record Steps(GrayImage crop, GrayImage penWidth, GrayImage box, float[] input, int[] cropBox,
                        int left, int top) {

        /** The box at the plain centre of the field: what the centre-of-mass step then moves by {@link #shift}. */
        public float[] boxCentred() {
            return paste(box.ink(), box.width(), box.height(), (SIDE - box.width()) / 2, (SIDE - box.height()) / 2);
        }

        /** How far the centre-of-mass step moved the box from the plain centre, {dx, dy} in input pixels. */
        public int[] shift() {
            return new int[] {left - (SIDE - box.width()) / 2, top - (SIDE - box.height()) / 2};
        }

        /**
         * The input pixel (an index into {@link #input}) that a source pixel became, or -1 for a source
         * pixel outside the crop: the crop maps onto the box, so saliency found on the input can be drawn
         * back over the source (to within the pen-width step's pixel or two).
         */
        public int inputIndexOf(int sourceX, int sourceY) {
            double fx = (sourceX - cropBox[0] + 0.5) / (cropBox[2] - cropBox[0] + 1);
            double fy = (sourceY - cropBox[1] + 0.5) / (cropBox[3] - cropBox[1] + 1);
            if (fx < 0 || fx >= 1 || fy < 0 || fy >= 1) {
                return -1;
            }
            return (top + (int) (fy * box.height())) * SIDE + left + (int) (fx * box.width());
        }
    }

    /** The stages for this image, or empty when it holds no ink. */
    public static Optional<Steps> steps(GrayImage image) {
        int[] box = inkBounds(image);
        if (box == null) {
            return Optional.empty();
        }
        GrayImage crop = crop(image, box);
        GrayImage digit = StrokeWidth.normalize(crop);
        int[] redrawn = digit == crop ? null : inkBounds(digit);
        digit = redrawn == null ? crop : crop(digit, redrawn);
        int w = digit.width();
        int h = digit.height();
        double scale = (double) BOX / Math.max(w, h);
        int outW = Math.max(1, (int) Math.round(w * scale));
        int outH = Math.max(1, (int) Math.round(h * scale));
        float[] scaled = Resampler.resize(digit.ink(), w, h, outW, outH);
        int[] at = centreOfMassOffset(scaled, outW, outH);
        return Optional.of(new Steps(crop, digit, new GrayImage(outW, outH, scaled),
                paste(scaled, outW, outH, at[0], at[1]), box, at[0], at[1]));
    }

    /** Inclusive bounding box {x0, y0, x1, y1} of the pixels above the ink threshold, or null. */
    static int[] inkBounds(GrayImage image) {
        int w = image.width();
        float[] ink = image.ink();
        int x0 = Integer.MAX_VALUE;
        int y0 = -1;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.height(); y++) {
            int row = y * w;
            int first = 0;
            while (first < w && ink[row + first] <= INK_THRESHOLD) {
                first++;
            }
            if (first == w) {
                continue;
            }
            int last = w - 1;
            while (ink[row + last] <= INK_THRESHOLD) {
                last--;
            }
            y0 = y0 < 0 ? y : y0;
            y1 = y;
            x0 = Math.min(x0, first);
            x1 = Math.max(x1, last);
        }
        return y1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    /** The part of the image inside {@code box} (inclusive {x0, y0, x1, y1}, as {@link #inkBounds} gives it). */
    static GrayImage crop(GrayImage image, int[] box) {
        int w = box[2] - box[0] + 1;
        int h = box[3] - box[1] + 1;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image.ink(), (box[1] + y) * image.width() + box[0], out, y * w, w);
        }
        return new GrayImage(w, h, out);
    }

    /** Where the box goes, {left, top}, so its centre of mass lands within half a pixel of the field's centre. */
    private static int[] centreOfMassOffset(float[] box, int w, int h) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = box[y * w + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        return new int[] {clamp((int) Math.round(SIDE / 2.0 - mx / mass), SIDE - w),
                clamp((int) Math.round(SIDE / 2.0 - my / mass), SIDE - h)};
    }

    private static float[] paste(float[] box, int w, int h, int left, int top) {
        float[] field = new float[SIDE * SIDE];
        for (int y = 0; y < h; y++) {
            System.arraycopy(box, y * w, field, (top + y) * SIDE + left, w);
        }
        return field;
    }

    private static int clamp(int offset, int max) {
        return Math.max(0, Math.min(max, offset));
    }
}
