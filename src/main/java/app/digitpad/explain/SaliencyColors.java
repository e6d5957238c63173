package app.digitpad.explain;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;

/**
 * The one colouring of a saliency map, for the window and for the PNGs alike: ink grey, mixed with red
 * where it argued for the digit and blue where against, by how strong that was against the map's
 * strongest cell. Pixels are ARGB ints, which both Java2D and JavaFX take. Any thread; no state.
 */
public final class SaliencyColors {

    /** The strongest cell's colour mix: strong enough to read at a glance, weak enough to show the ink under it. */
    static final float MAX_TINT = 0.7f;
    private static final int FOR = 0xEF4444;
    private static final int AGAINST = 0x3B82F6;

    private SaliencyColors() {
    }

    /** The largest absolute value: the scale a map's colours are relative to (0 for a map of zeros). */
    public static float scaleOf(float[] heat) {
        float scale = 0;
        for (float v : heat) {
            scale = Math.max(scale, Math.abs(v));
        }
        return scale;
    }

    /** One pixel: {@code ink} 0..1 as grey, tinted by {@code heat} relative to {@code scale}. */
    public static int argb(float ink, float heat, float scale) {
        int grey = Math.round(255 * Math.max(0, Math.min(1, ink)));
        float a = scale == 0 ? 0 : Math.abs(heat) / scale * MAX_TINT;
        int tint = heat > 0 ? FOR : AGAINST;
        int r = Math.round(grey * (1 - a) + ((tint >> 16) & 0xFF) * a);
        int g = Math.round(grey * (1 - a) + ((tint >> 8) & 0xFF) * a);
        int b = Math.round(grey * (1 - a) + (tint & 0xFF) * a);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** Ink (the 28x28 input, or any image) with a map of its own size over it, pixel for pixel. */
    public static int[] overInput(float[] input, float[] heat) {
        float scale = scaleOf(heat);
        int[] out = new int[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = argb(input[i], heat[i], scale);
        }
        return out;
    }

    /**
     * The source image (the pad's ink, or the image file's) with the map drawn back over it through the
     * normalizer's crop: what the user drew, coloured by what the network made of each part of it.
     */
    public static int[] overSource(GrayImage source, DigitNormalizer.Steps steps, float[] heat) {
        float scale = scaleOf(heat);
        float[] ink = source.ink();
        int[] out = new int[ink.length];
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                int cell = steps.inputIndexOf(x, y);
                int i = y * source.width() + x;
                out[i] = argb(ink[i], cell < 0 ? 0 : heat[cell], scale);
            }
        }
        return out;
    }
}
