package app.digitpad.segment;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.GrayImage;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Written numbers as people hand them to {@code predict --number}, at the sizes they come in, for
 * {@code bench numbers} and the tests of bounded cost: a number written large on the pad's 840x280 canvas,
 * a phone photo (4000x3000, dark ink on shaded, grainy paper), the same photo's size of pure noise, and a
 * long strip of small digits. The digits are MNIST test digits enlarged smoothly (never font glyphs), so
 * the answers are known. Deterministic for a seed. Any thread.
 */
public final class NumberScenes {

    /** A scene: the picture as a file would hold it, and the digits written on it (empty for noise). */
    public record Scene(String name, BufferedImage image, String truth) {
    }

    /** The pad's number-mode canvas. */
    public static final int CANVAS_WIDTH = 840;
    public static final int CANVAS_HEIGHT = 280;
    /** A 12-megapixel phone photo. */
    public static final int PHOTO_WIDTH = 4000;
    public static final int PHOTO_HEIGHT = 3000;

    private final NumberLayouts layouts;

    public NumberScenes(MnistSet digits) {
        this.layouts = new NumberLayouts(digits);
    }

    /** Four digits filling most of the 840x280 canvas (about 180 px tall), white on black as the pad paints them. */
    public Scene canvas(Random random) {
        NumberLayouts.Layout layout = layouts.make(random, 4, NumberLayouts.Gap.NARROW);
        BufferedImage image = new BufferedImage(CANVAS_WIDTH, CANVAS_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        paint(image, layout.image(), 0.9 * Math.min((double) CANVAS_WIDTH / layout.image().width(),
                (double) CANVAS_HEIGHT / layout.image().height()), (x, y, ink) -> ink);
        return new Scene("canvas-840x280", image, layout.truth());
    }

    /** Six digits across two thirds of a 4000x3000 photo: grey paper lit unevenly, grain, dark ink. */
    public Scene photo(Random random) {
        NumberLayouts.Layout layout = layouts.make(random, 6, NumberLayouts.Gap.WIDE);
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        double scale = 0.66 * PHOTO_WIDTH / layout.image().width();
        paint(image, layout.image(), scale, (x, y, ink) -> {
            double paper = 0.86 - 0.12 * x / PHOTO_WIDTH - 0.06 * y / PHOTO_HEIGHT + 0.03 * random.nextGaussian();
            return paper * (1 - 0.85 * ink);
        });
        return new Scene("photo-4000x3000", image, layout.truth());
    }

    /** A line of writing scanned at the photo's width. */
    public static final int LINE_HEIGHT = 400;

    /** Uniform grey noise the size of the photo: no number, and no reason to take long or much memory. */
    public Scene noise(Random random) {
        return noise(random, PHOTO_WIDTH, PHOTO_HEIGHT);
    }

    /**
     * Uniform grey noise of this size. In a line of it (4000x400, or the 600x100 the issue names) the grains
     * run together into one group taller than any of them once the image is shrunk to reading height, which
     * made the cut search work at the image's full height (600x100: 2 minutes, 2.2 GB).
     */
    public Scene noise(Random random, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        return new Scene("noise-" + width + "x" + height, image, "");
    }

    /** {@code length} MNIST-sized digits in one line, dark on white, a little apart. */
    public Scene strip(Random random, int length) {
        NumberLayouts.Layout layout = layouts.make(random, length, NumberLayouts.Gap.WIDE);
        GrayImage ink = layout.image();
        BufferedImage image = new BufferedImage(ink.width(), ink.height(), BufferedImage.TYPE_BYTE_GRAY);
        paint(image, ink, 1, (x, y, v) -> 1 - v);
        return new Scene("strip-" + length, image, layout.truth());
    }

    /** How bright a pixel is, from where it is and how much ink covers it (0..1). */
    private interface Shade {
        double at(int x, int y, double ink);
    }

    /** The layout enlarged by {@code scale} (bilinear, so strokes stay smooth) and centred, shaded per pixel. */
    private static void paint(BufferedImage image, GrayImage ink, double scale, Shade shade) {
        int w = image.getWidth();
        int h = image.getHeight();
        double left = (w - ink.width() * scale) / 2;
        double top = (h - ink.height() * scale) / 2;
        byte[] row = new byte[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = bilinear(ink, (x + 0.5 - left) / scale - 0.5, (y + 0.5 - top) / scale - 0.5);
                row[x] = (byte) Math.max(0, Math.min(255, Math.round(255 * shade.at(x, y, v))));
            }
            image.getRaster().setDataElements(0, y, w, 1, row);
        }
    }

    private static double bilinear(GrayImage ink, double fx, double fy) {
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        return (1 - ay) * ((1 - ax) * at(ink, x0, y0) + ax * at(ink, x0 + 1, y0))
                + ay * ((1 - ax) * at(ink, x0, y0 + 1) + ax * at(ink, x0 + 1, y0 + 1));
    }

    private static double at(GrayImage ink, int x, int y) {
        return x < 0 || y < 0 || x >= ink.width() || y >= ink.height() ? 0 : ink.at(x, y);
    }
}
