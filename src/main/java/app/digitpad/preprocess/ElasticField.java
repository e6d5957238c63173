package app.digitpad.preprocess;

import java.util.SplittableRandom;

/**
 * A smooth random displacement field for elastic distortion (Simard, Steinkraus and Platt, 2003): uniform noise per
 * pixel, blurred by a Gaussian so that neighbours move together, scaled to a chosen root-mean-square move. Any thread
 * may call it; the random generator passed in is the caller's.
 */
final class ElasticField {

    private ElasticField() {
    }

    /**
     * Two fields of {@code side * side} moves, across then down, whose moves have a root-mean-square length of
     * {@code rmsPixels} (a zero field stays zero).
     */
    static float[][] random(int side, double sigma, double rmsPixels, SplittableRandom random) {
        float[][] field = {noise(side, random), noise(side, random)};
        float[] kernel = gaussian(sigma, side);
        double sumSquares = 0;
        for (float[] f : field) {
            blur(f, side, kernel);
            for (float v : f) {
                sumSquares += v * v;
            }
        }
        double rms = Math.sqrt(sumSquares / (side * side));
        float factor = rms == 0 ? 0 : (float) (rmsPixels / rms);
        for (float[] f : field) {
            for (int i = 0; i < f.length; i++) {
                f[i] *= factor;
            }
        }
        return field;
    }

    private static float[] noise(int side, SplittableRandom random) {
        float[] f = new float[side * side];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return f;
    }

    /** A normalized kernel of radius 3 sigma, cut at the field's size. */
    private static float[] gaussian(double sigma, int side) {
        int radius = Math.min(side - 1, (int) Math.ceil(3 * sigma));
        float[] k = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        return k;
    }

    /** Separable blur, rows then columns, treating the field's outside as zero. */
    private static void blur(float[] f, int side, float[] k) {
        float[] tmp = new float[f.length];
        blurAlong(f, tmp, side, k, 1);
        blurAlong(tmp, f, side, k, side);
    }

    /** One pass of the blur along rows ({@code step} 1) or columns ({@code step} the side). */
    private static void blurAlong(float[] from, float[] to, int side, float[] k, int step) {
        int r = k.length / 2;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int along = step == 1 ? x : y;
                float s = 0;
                for (int j = Math.max(-r, -along); j <= r && along + j < side; j++) {
                    s += k[j + r] * from[y * side + x + j * step];
                }
                to[y * side + x] = s;
            }
        }
    }
}
