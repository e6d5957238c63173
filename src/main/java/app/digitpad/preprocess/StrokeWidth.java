package app.digitpad.preprocess;

/**
 * Measures and changes the width of pen strokes. A digit drawn with a 3 px brush on a large pad shrinks to
 * hair-thin lines at 28x28, one drawn with a 25 px brush to blobs; MNIST's strokes are neither. The width
 * is read from the distance field of the ink: over a stroke of width w the distance from a pixel to the
 * stroke's edge is spread evenly over 0..w/2, so w is four times its mean.
 */
public final class StrokeWidth {

    /** Pixels above this fraction of the image's darkest ink are ink when the width is measured. */
    static final float INK = 0.5f;
    /** Longest side of the grid on which a digit's strokes are measured and changed: four times MNIST's 20 px box. */
    static final int WORK = 80;
    /**
     * MNIST's middle band of stroke widths, in pixels of the 20 px box, measured over the first 2,000 test
     * digits: 25th percentile 1.82, median 2.14, 75th percentile 2.57. Strokes inside it are left alone.
     */
    public static final double MIN = 1.8;
    public static final double MAX = 2.6;

    private StrokeWidth() {
    }

    /**
     * The cropped digit itself when its strokes are MNIST-like, otherwise a copy on the {@link #WORK} grid
     * whose strokes were thickened or thinned to the nearest width of MNIST's middle band.
     */
    public static GrayImage normalize(GrayImage crop) {
        GrayImage work = onWorkGrid(crop);
        int ww = work.width();
        int wh = work.height();
        double width = inBoxPixels(work);
        if (width <= 0 || (width >= MIN && width <= MAX)) {
            return crop;
        }
        double radius = (Math.max(MIN, Math.min(MAX, width)) - width) / 2 * WORK / DigitNormalizer.BOX;
        int margin = (int) Math.ceil(Math.max(0, radius)) + 1;
        int pw = ww + 2 * margin;
        int ph = wh + 2 * margin;
        float[] padded = new float[pw * ph];
        for (int y = 0; y < wh; y++) {
            System.arraycopy(work.ink(), y * ww, padded, (y + margin) * pw + margin, ww);
        }
        return new GrayImage(pw, ph, grow(padded, pw, ph, radius));
    }

    /**
     * Stroke width of a digit cropped to its ink, in pixels of MNIST's 20 px box: what a digit of this
     * shape and pen would show after normalization, before any width change.
     */
    public static double ofDigit(GrayImage crop) {
        return inBoxPixels(onWorkGrid(crop));
    }

    private static double inBoxPixels(GrayImage work) {
        return measure(work.ink(), work.width(), work.height()) * DigitNormalizer.BOX / WORK;
    }

    /** The crop scaled (area-averaged, aspect kept) so its longest side is {@link #WORK} pixels. */
    private static GrayImage onWorkGrid(GrayImage crop) {
        double scale = (double) WORK / Math.max(crop.width(), crop.height());
        int ww = Math.max(1, (int) Math.round(crop.width() * scale));
        int wh = Math.max(1, (int) Math.round(crop.height() * scale));
        return new GrayImage(ww, wh, Resampler.resize(crop.ink(), crop.width(), crop.height(), ww, wh));
    }

    /** Mean stroke width in pixels of the image's own grid, or 0 for an empty image. */
    public static double measure(float[] image, int width, int height) {
        boolean[] background = not(inkMask(image));
        float[] depth = DistanceField.to(background, width, height, true);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < image.length; i++) {
            if (!background[i]) {
                sum += depth[i] - 0.5;
                count++;
            }
        }
        return count == 0 ? 0 : 4 * sum / count;
    }

    /**
     * Moves every stroke edge outwards by {@code radius} pixels (inwards when negative), with a one-pixel
     * anti-aliased rim. The image needs a margin of at least {@code radius + 1} pixels for the ink to grow.
     */
    public static float[] grow(float[] image, int width, int height, double radius) {
        boolean[] ink = inkMask(image);
        float[] out = new float[image.length];
        if (radius >= 0) {
            float[] distance = DistanceField.to(ink, width, height, false);
            for (int i = 0; i < image.length; i++) {
                out[i] = Math.max(image[i], clamp01(radius + 1 - distance[i]));
            }
        } else {
            float[] depth = DistanceField.to(not(ink), width, height, true);
            for (int i = 0; i < image.length; i++) {
                out[i] = Math.min(image[i], clamp01(depth[i] + radius));
            }
        }
        return out;
    }

    private static boolean[] inkMask(float[] image) {
        float max = 0;
        for (float v : image) {
            max = Math.max(max, v);
        }
        boolean[] ink = new boolean[image.length];
        for (int i = 0; i < image.length; i++) {
            ink[i] = max > 0 && image[i] > INK * max;
        }
        return ink;
    }

    private static boolean[] not(boolean[] mask) {
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            out[i] = !mask[i];
        }
        return out;
    }

    private static float clamp01(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }
}
