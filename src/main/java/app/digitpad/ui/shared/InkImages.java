package app.digitpad.ui.shared;

import app.digitpad.preprocess.GrayImage;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Ink (0 = background, 1 = ink) shown the MNIST way, white on black, as a JavaFX image. */
public final class InkImages {

    private InkImages() {
    }

    /** Opaque ARGB pixels, row-major (e.g. a saliency map coloured by the core), as an image. */
    public static WritableImage fromArgb(int[] argb, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        return img;
    }

    public static WritableImage toImage(GrayImage ink) {
        WritableImage img = new WritableImage(ink.width(), ink.height());
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                w.setColor(x, y, Color.gray(Math.min(1, Math.max(0, ink.at(x, y)))));
            }
        }
        return img;
    }
}
