package app.digitpad.segment;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Written numbers made of single digits (MNIST's test digits for measuring {@link NumberReader}, its training
 * digits for training the {@link SegmentJudge}): digits at random sizes and baselines, with gaps from wide to
 * touching. Deterministic for a seed. Any thread.
 */
public final class NumberLayouts implements NumberSource {

    /** Digits are scaled by 1 ± this. */
    static final double SIZE_JITTER = 0.2;
    /** Baselines move up or down by up to this many pixels (MNIST digits are 20 px tall). */
    static final int BASELINE_JITTER = 4;
    /** Empty margin around the number, in pixels. */
    static final int MARGIN = 6;

    /** How far apart neighbouring digits are, in pixels between their ink boxes at MNIST scale. */
    public enum Gap {
        WIDE(6, 12), NARROW(1, 3),
        /** Moved together until the ink of neighbours touches (8-connected), then up to 1 px further. */
        TOUCHING(0, 1);

        final int min;
        final int max;

        Gap(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    /**
     * A made number: the image (ink), the digits written on it, for every pixel the place of the digit
     * whose ink is darkest there ({@link #NO_DIGIT} where there is none), to tell a right cut from a wrong one,
     * and for every place the index of its digit in the set the numbers are made of, to name a misread's images.
     */
    public record Layout(GrayImage image, String truth, Gap gap, int[] owners, int[] sources) {
    }

    /** The owner of a pixel no digit inked. */
    public static final int NO_DIGIT = -1;

    private final MnistSet digits;
    private final DigitVariation variation;

    /** Numbers of the digits as they are (the benchmark's). */
    public NumberLayouts(MnistSet digits) {
        this(digits, StrokeGaps.NONE);
    }

    /** Numbers whose digits are broken by {@code gaps} before they are placed. */
    public NumberLayouts(MnistSet digits, StrokeGaps gaps) {
        this(digits, new DigitVariation(Augmentation.NONE, gaps));
    }

    /** Numbers whose digits are varied (reshaped, then broken) before they are placed. */
    public NumberLayouts(MnistSet digits, DigitVariation variation) {
        this.digits = digits;
        this.variation = variation;
    }

    /** A number of {@code length} random test digits with gaps of the given kind. */
    @Override
    public Layout make(Random random, int length, Gap gap) {
        List<GrayImage> inks = new ArrayList<>();
        StringBuilder truth = new StringBuilder();
        int[] sources = new int[length];
        for (int i = 0; i < length; i++) {
            int index = random.nextInt(digits.size());
            sources[i] = index;
            truth.append(digits.label(index));
            GrayImage ink = inkOnly(variation.apply(digits.image(index), random));
            double scale = 1 + SIZE_JITTER * (2 * random.nextDouble() - 1);
            inks.add(ink.fittedInto((int) Math.round(Math.max(ink.width(), ink.height()) * scale)));
        }
        return place(inks, truth.toString(), sources, gap, random, 1);
    }

    /**
     * The inks side by side, left to right, with gaps of the given kind and baselines moved at random: gaps,
     * jitter and margin are MNIST's pixels times {@code scale} (1 for digits 20 px tall), so that digits of
     * another size ({@link FontNumbers}) are spaced as the benchmark spaces MNIST's.
     */
    static Layout place(List<GrayImage> inks, String truth, int[] sources, Gap gap, Random random, double scale) {
        int length = inks.size();
        int jitter = (int) Math.round(BASELINE_JITTER * scale);
        int margin = (int) Math.round(MARGIN * scale);
        int height = inks.stream().mapToInt(GrayImage::height).max().orElseThrow() + 2 * jitter + 2 * margin;
        int width = inks.stream().mapToInt(GrayImage::width).sum() + length * (int) Math.ceil((gap.max + 2) * scale)
                + 2 * margin;
        float[] canvas = new float[width * height];
        int[] owners = new int[width * height];
        java.util.Arrays.fill(owners, NO_DIGIT);
        int x = margin;
        int previousWidth = 0;
        for (int i = 0; i < length; i++) {
            GrayImage ink = inks.get(i);
            int y = margin + jitter + random.nextInt(2 * jitter + 1) - jitter;
            int extra = (int) Math.round((gap.min + random.nextInt(gap.max - gap.min + 1)) * scale);
            if (i > 0 && gap == Gap.TOUCHING) {
                int furthest = x - Math.min(previousWidth, ink.width()) / 2;
                x = touchingX(canvas, width, ink, x + 2, furthest, y) - extra;
            }
            paste(canvas, owners, i, width, ink, x, y);
            x += ink.width() + (gap == Gap.TOUCHING ? 0 : extra);
            previousWidth = ink.width();
        }
        return new Layout(new GrayImage(width, height, canvas), truth, gap, owners, sources);
    }

    /** Moving left from {@code from}, the first x at which {@code ink} touches the canvas's ink (at most to {@code furthest}). */
    private static int touchingX(float[] canvas, int width, GrayImage ink, int from, int furthest, int y) {
        for (int x = from; x > furthest; x--) {
            if (touches(canvas, width, ink, x, y)) {
                return x;
            }
        }
        return furthest;
    }

    private static boolean touches(float[] canvas, int width, GrayImage ink, int left, int top) {
        int height = canvas.length / width;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (ink.at(x, y) <= DigitNormalizer.INK_THRESHOLD) {
                    continue;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int cx = left + x + dx;
                        int cy = top + y + dy;
                        if (cx >= 0 && cy >= 0 && cx < width && cy < height
                                && canvas[cy * width + cx] > DigitNormalizer.INK_THRESHOLD) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void paste(float[] canvas, int[] owners, int place, int width, GrayImage ink, int left, int top) {
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                int i = (top + y) * width + left + x;
                if (ink.at(x, y) > canvas[i]) {
                    canvas[i] = ink.at(x, y);
                    owners[i] = place;
                }
            }
        }
    }

    /** A 28x28 MNIST image cropped to its ink. */
    static GrayImage inkOnly(float[] image28) {
        int side = DigitNormalizer.SIDE;
        int x0 = side;
        int y0 = side;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (image28[y * side + x] > DigitNormalizer.INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image28, (y0 + y) * side + x0, out, y * w, w);
        }
        return new GrayImage(w, h, out);
    }
}
