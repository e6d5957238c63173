package app.digitpad.ui.number;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.segment.Box;
import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReading;

/**
 * An image loaded onto the number pad: read at its own size, as {@code predict --number} reads the file (a photo
 * shrunk to the pad would lose its digits' strokes), and shown fitted into the pad (aspect kept, centred), its
 * reading's boxes moved there too. Immutable; any thread.
 *
 * @param original the image as read from the file (what Save writes)
 * @param fitted   the same, scaled and centred on a pad-sized image (what is shown)
 * @param scale    pad pixels per image pixel
 * @param left     where the image starts on the pad, in pad pixels
 * @param top      where the image starts on the pad, in pad pixels
 */
record LoadedNumber(GrayImage original, GrayImage fitted, double scale, int left, int top) {

    /** {@code image} fitted into the number pad. */
    static LoadedNumber of(GrayImage image) {
        double scale = Math.min((double) NumberModel.WIDTH / image.width(),
                (double) NumberModel.HEIGHT / image.height());
        int w = Math.max(1, Math.min(NumberModel.WIDTH, (int) Math.round(image.width() * scale)));
        int h = Math.max(1, Math.min(NumberModel.HEIGHT, (int) Math.round(image.height() * scale)));
        GrayImage small = image.resized(w, h);
        float[] pad = new float[NumberModel.WIDTH * NumberModel.HEIGHT];
        int left = (NumberModel.WIDTH - w) / 2;
        int top = (NumberModel.HEIGHT - h) / 2;
        for (int y = 0; y < h; y++) {
            System.arraycopy(small.ink(), y * w, pad, (top + y) * NumberModel.WIDTH + left, w);
        }
        return new LoadedNumber(image, new GrayImage(NumberModel.WIDTH, NumberModel.HEIGHT, pad), scale, left, top);
    }

    /** A reading of the original image, its boxes where the fitted image shows them. */
    NumberReading onPad(NumberReading read) {
        return new NumberReading(read.digits().stream()
                .map(d -> d.withBox(onPad(d.box()))).toList(),
                read.splitDoubt(), read.points().stream().map(this::onPad).toList());
    }

    private Box onPad(Box b) {
        return new Box(left + (int) Math.floor(b.x0() * scale), top + (int) Math.floor(b.y0() * scale),
                Math.min(NumberModel.WIDTH - 1, left + (int) Math.ceil((b.x1() + 1) * scale) - 1),
                Math.min(NumberModel.HEIGHT - 1, top + (int) Math.ceil((b.y1() + 1) * scale) - 1));
    }
}
