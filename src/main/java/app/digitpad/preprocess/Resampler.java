package app.digitpad.preprocess;

/**
 * Area-averaging resize: each output pixel is the mean of the input area it covers, with fractional
 * edges. Exact anti-aliasing when shrinking a large canvas to 20 px, which is what the normalizer does.
 * The coverage of each output pixel is worked out once per axis and reused for every row and column,
 * since a drawing is resized twice for every prediction.
 */
final class Resampler {

    private Resampler() {
    }

    static float[] resize(float[] src, int w, int h, int newW, int newH) {
        Coverage across = new Coverage(w, newW);
        Coverage down = new Coverage(h, newH);
        float[] rows = new float[newW * h];
        for (int y = 0; y < h; y++) {
            across.apply(src, y * w, 1, rows, y * newW, 1);
        }
        float[] out = new float[newW * newH];
        for (int x = 0; x < newW; x++) {
            down.apply(rows, x, newW, out, x, newW);
        }
        return out;
    }

    /** Which input samples each of {@code m} outputs covers along one axis of {@code n} inputs, and how much. */
    private static final class Coverage {
        private final double ratio;
        private final int[] first;
        private final int[] count;
        private final double[][] overlap;

        Coverage(int n, int m) {
            ratio = (double) n / m;
            first = new int[m];
            count = new int[m];
            overlap = new double[m][];
            for (int i = 0; i < m; i++) {
                double start = i * ratio;
                double end = start + ratio;
                first[i] = (int) Math.floor(start);
                count[i] = Math.max(0, Math.min(n, (int) Math.ceil(end)) - first[i]);
                overlap[i] = new double[count[i]];
                for (int k = 0; k < count[i]; k++) {
                    int j = first[i] + k;
                    overlap[i][k] = Math.min(end, j + 1) - Math.max(start, j);
                }
            }
        }

        /** Resamples the values at {@code so + j * ss} into {@code d[dOff + i * ds]}. */
        void apply(float[] s, int so, int ss, float[] d, int dOff, int ds) {
            for (int i = 0; i < first.length; i++) {
                double sum = 0;
                double[] weights = overlap[i];
                int base = so + first[i] * ss;
                for (int k = 0; k < weights.length; k++) {
                    sum += s[base + k * ss] * weights[k];
                }
                d[dOff + i * ds] = (float) (sum / ratio);
            }
        }
    }
}
