package app.digitpad.preprocess;

import java.util.List;
import java.util.Optional;

/**
 * How much room the ink takes, measured on the way into {@link DigitNormalizer} (same crop, same ink
 * threshold), for telling a digit from a dot, a dash or a blot before asking the network: the normalizer
 * blows any ink up to MNIST's 20 px box, so a dot arrives as a fat ring the network calls 0.
 *
 * @param extentOfImage the ink's longest side over the image's shorter side (a pad-filling digit: about 0.7)
 * @param extentPerPen  the ink's longest side in pen widths (MNIST digits: 2.4 and more; a dot: about 1.7)
 * @param boxPenWidth   the pen width the digit would have in MNIST's 20 px box before the width step
 *                      (MNIST: median 2.3, 99.5th percentile 4.9)
 * @param acrossPerPen  how wide the ink is across its main axis, in pen widths: a straight stroke about 1,
 *                      anything with a bend or a second stroke more (the square root of twelve times the
 *                      ink's smaller second moment, which for a bar of width w is w)
 * @param tilt          the main axis's angle from vertical, 0 to 90 degrees (a dash: 90)
 * @param thinnestSide  the image's shorter side in pixels
 * @param dotApart      a pen-made dot wholly above or below the rest of the ink, as in ? ! i ({@link DotApart})
 * @param pieces        how many 8-connected pieces the ink is in ({@link InkPieces}): a written digit a few, a
 *                      photographed one with dust a few dozen at most, noise or a texture thousands
 */
public record InkShape(double extentOfImage, double extentPerPen, double boxPenWidth, double acrossPerPen,
                       double tilt, int thinnestSide, boolean dotApart, int pieces) {

    /** The shape of the image's ink, or empty when it has none. Any thread. */
    public static Optional<InkShape> of(GrayImage image) {
        return of(image, false);
    }

    /**
     * {@link #of}, for ink that with {@code cutOut} is one digit cut out of touching ones: a cut leaves pieces
     * apart that no pen made (the end of a neighbour's bar over the digit), so no dot apart is looked for.
     */
    public static Optional<InkShape> of(GrayImage image, boolean cutOut) {
        int[] box = DigitNormalizer.inkBounds(image);
        if (box == null) {
            return Optional.empty();
        }
        GrayImage crop = DigitNormalizer.crop(image, box);
        double longest = Math.max(crop.width(), crop.height());
        double pen = Math.max(1, StrokeWidth.measure(crop.ink(), crop.width(), crop.height()));
        double[] axis = mainAxis(crop);
        List<int[]> pieces = InkPieces.of(crop);
        return Optional.of(new InkShape(longest / Math.min(image.width(), image.height()), longest / pen,
                StrokeWidth.ofDigit(crop), axis[0] / pen, axis[1], Math.min(image.width(), image.height()),
                !cutOut && DotApart.in(crop, pen, pieces), pieces.size()));
    }

    /**
     * The ink's spread across its main axis (as the width of a bar with the same second moment) and the
     * axis's angle from vertical in degrees, from the ink-weighted second moments of the pixels.
     */
    private static double[] mainAxis(GrayImage ink) {
        double m = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                double v = ink.at(x, y);
                m += v;
                sx += v * x;
                sy += v * y;
                sxx += v * x * x;
                syy += v * y * y;
                sxy += v * x * y;
            }
        }
        double cx = sx / m;
        double cy = sy / m;
        double xx = sxx / m - cx * cx;
        double yy = syy / m - cy * cy;
        double xy = sxy / m - cx * cy;
        double half = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
        double minor = Math.max(0, (xx + yy) / 2 - half);
        double fromHorizontal = Math.toDegrees(0.5 * Math.atan2(2 * xy, xx - yy));
        return new double[] {Math.sqrt(12 * minor), 90 - Math.abs(fromHorizontal)};
    }
}
