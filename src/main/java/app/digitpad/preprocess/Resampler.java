package app.digitpad.preprocess;

/**
 * Area-averaging resize: each output pixel is the mean of the input area it covers, with fractional
 * edges. Exact anti-aliasing when shrinking a large canvas to 20 px, which is what the normalizer does.
 */
final class Resampler {

    private Resampler() {
    }

    static float[] resize(float[] src, int w, int h, int newW, int newH) {
        float[] rows = new float[newW * h];
        for (int y = 0; y < h; y++) {
            resample(src, y * w, 1, w, rows, y * newW, 1, newW);
        }
        float[] out = new float[newW * newH];
        for (int x = 0; x < newW; x++) {
            resample(rows, x, newW, h, out, x, newW, newH);
        }
        return out;
    }

    /** 1-D area resample of {@code n} values (stride {@code ss}) to {@code m} values (stride {@code ds}). */
    private static void resample(float[] s, int so, int ss, int n, float[] d, int dOff, int ds, int m) {
        double ratio = (double) n / m;
        for (int i = 0; i < m; i++) {
            double start = i * ratio;
            double end = start + ratio;
            double sum = 0;
            for (int j = (int) Math.floor(start); j < Math.min(n, (int) Math.ceil(end)); j++) {
                double overlap = Math.min(end, j + 1) - Math.max(start, j);
                sum += s[so + j * ss] * overlap;
            }
            d[dOff + i * ds] = (float) (sum / ratio);
        }
    }
}
