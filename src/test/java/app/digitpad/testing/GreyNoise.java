package app.digitpad.testing;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkExtractor;
import java.util.Random;

/**
 * Grey noise as a file gives it (each pixel an independent grey, through the same ink extraction as an image
 * file): the input the specks rule exists for, made the same way by every test that asks it. Any thread.
 */
public final class GreyNoise {

    private GreyNoise() {
    }

    /** A {@code width} x {@code height} image of noise, drawing one grey per pixel from {@code random} in row order. */
    public static GrayImage image(Random random, int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            int g = random.nextInt(256);
            argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return InkExtractor.fromArgb(argb, width, height);
    }
}
