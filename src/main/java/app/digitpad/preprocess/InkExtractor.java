package app.digitpad.preprocess;

import java.util.Arrays;

/**
 * Turns ARGB pixels into ink, deciding from the image's border what is background: dark digits on white
 * paper, white strokes on a black canvas and ink on a transparent layer all come out the same way. Where
 * the border and the image disagree (a scan with black margins, a dark frame round white paper) the ink's
 * area decides: writing covers less of the image than its background does; a border near mid-grey (dim paper, a
 * grey board) leaves it to the writing's reach: pen strokes stand farther from the paper than its grain does. The
 * background level is then subtracted (on a photo whose paper is darker at one side than the other, first the
 * paper's shade under each pixel: {@link Shading}) and the contrast stretched, so grey paper is not ink. Any thread
 * may call it.
 */
public final class InkExtractor {

    /** More of the image than this being ink means the border chose the wrong side. */
    static final float MOST = 0.5f;
    /** Borders between these greys (sRGB) do not say which side the writing is on: dim paper, a grey board. */
    static final float MID_GREY_FROM = 0.3f;
    static final float MID_GREY_TO = 0.7f;
    /** The share of pixels taken as each side's reach: far enough in to ignore a few stray pixels. */
    static final double REACH_TAIL = 0.001;
    private static final int LEVELS = 256;

    private InkExtractor() {
    }

    /** ARGB pixels (as {@code BufferedImage.getRGB} and JavaFX's PixelReader give them) to ink. */
    public static GrayImage fromArgb(int[] argb, int width, int height) {
        float[] alpha = new float[argb.length];
        float[] luma = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = alpha(argb[i]);
            luma[i] = luma(argb[i]);
        }
        return fromChannels(alpha, luma, width, height);
    }

    /** A pixel's opacity, 0..1. */
    static float alpha(int argb) {
        return ((argb >>> 24) & 0xFF) / 255f;
    }

    /** A pixel's brightness over white paper (a transparent pixel is white), 0..1. */
    static float luma(int argb) {
        float a = alpha(argb);
        float lum = (0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF) + 0.114f * (argb & 0xFF)) / 255f;
        return a * lum + (1 - a);
    }

    /** Opacity and brightness per pixel (each 0..1) to ink; the arrays are reused. */
    static GrayImage fromChannels(float[] alpha, float[] luma, int width, int height) {
        float[] ink;
        if (median(border(alpha, width, height)) < 0.5f) {
            ink = alpha;
        } else if (darkOnLight(luma, median(border(luma, width, height)))) {
            ink = luma;
            for (int i = 0; i < luma.length; i++) {
                ink[i] = 1 - luma[i];
            }
        } else {
            ink = luma;
        }
        float background = median(border(ink, width, height));
        if (ink == luma && inkShare(ink, background, 0.5f) > MOST) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = 1 - ink[i];
            }
            background = median(ink);
        }
        if (Shading.flatten(ink, width, height, background)) {
            background = median(border(ink, width, height));
        }
        return new GrayImage(width, height, stretch(ink, background));
    }

    /**
     * Whether the writing is darker than its background. A border lighter or darker than mid-grey says so, except
     * between {@link #MID_GREY_FROM} and {@link #MID_GREY_TO}: there (paper under dim light, a grey board) the side
     * that reaches farther from the border's level is the writing's, as pen strokes stand out more than the paper's
     * grain does. The bench's photo at a fifth of its brightness has a border of 0.43 (sRGB), writing 0.35 below it
     * and grain 0.07 above: it was read as light writing on dark paper, its grain as ink.
     */
    static boolean darkOnLight(float[] luma, float border) {
        if (border < MID_GREY_FROM || border > MID_GREY_TO) {
            return border > 0.5f;
        }
        int[] counts = new int[LEVELS];
        for (float v : luma) {
            counts[Math.min(LEVELS - 1, Math.max(0, (int) (v * LEVELS)))]++;
        }
        int tail = (int) Math.ceil(REACH_TAIL * luma.length);
        int dark = 0;
        int seen = counts[0];
        while (seen < tail && dark < LEVELS - 1) {
            seen += counts[++dark];
        }
        int light = LEVELS - 1;
        seen = counts[light];
        while (seen < tail && light > 0) {
            seen += counts[--light];
        }
        return border - dark / (float) LEVELS > (light + 1) / (float) LEVELS - border;
    }

    /**
     * The share of pixels above {@code background} by more than {@code part} of the way to the brightest: at a
     * half, those nearer the far end than the background.
     */
    static float inkShare(float[] ink, float background, float part) {
        float max = 0;
        for (float v : ink) {
            max = Math.max(max, v);
        }
        float above = background + part * (max - background);
        int count = 0;
        for (float v : ink) {
            count += v > above ? 1 : 0;
        }
        return (float) count / ink.length;
    }

    /** Ink above the background, stretched to 0..1, in place. */
    private static float[] stretch(float[] ink, float background) {
        float max = 0;
        for (float v : ink) {
            max = Math.max(max, v);
        }
        float range = max - background;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = range <= 1e-3f ? 0f : Math.min(1f, Math.max(0f, (ink[i] - background) / range));
        }
        return ink;
    }

    private static float[] border(float[] v, int w, int h) {
        if (h == 1 || w == 1) {
            return v.clone();
        }
        float[] out = new float[2 * w + 2 * (h - 2)];
        int k = 0;
        for (int y = 0; y < h; y++) {
            if (y == 0 || y == h - 1) {
                System.arraycopy(v, y * w, out, k, w);
                k += w;
            } else {
                out[k++] = v[y * w];
                out[k++] = v[y * w + w - 1];
            }
        }
        return out;
    }

    private static float median(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
