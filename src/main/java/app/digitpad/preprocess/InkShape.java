package app.digitpad.preprocess;

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
 */
public record InkShape(double extentOfImage, double extentPerPen, double boxPenWidth) {

    /** The shape of the image's ink, or empty when it has none. Any thread. */
    public static Optional<InkShape> of(GrayImage image) {
        int[] box = DigitNormalizer.inkBounds(image);
        if (box == null) {
            return Optional.empty();
        }
        GrayImage crop = DigitNormalizer.crop(image, box);
        double longest = Math.max(crop.width(), crop.height());
        double pen = Math.max(1, StrokeWidth.measure(crop.ink(), crop.width(), crop.height()));
        return Optional.of(new InkShape(longest / Math.min(image.width(), image.height()), longest / pen,
                StrokeWidth.ofDigit(crop)));
    }
}
