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
            across.alongRow(src, y * w, rows, y * newW);
        }
        float[] out = new float[newW * newH];
        double[] sums = new double[newW];
        for (int y = 0; y < newH; y++) {
            down.downColumns(y, rows, newW, sums, out);
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

        /** Resamples the {@code n} values from {@code s[so]} on into the {@code m} values from {@code d[dOff]}. */
        void alongRow(float[] s, int so, float[] d, int dOff) {
            for (int i = 0; i < first.length; i++) {
                double sum = 0;
                double[] weights = overlap[i];
                int base = so + first[i];
                for (int k = 0; k < weights.length; k++) {
                    sum += s[base + k] * weights[k];
                }
                d[dOff + i] = (float) (sum / ratio);
            }
        }

        /**
         * Output row {@code i} of the pass down the columns of {@code s} (rows {@code width} wide): each
         * column's sum taken in the same order as along a row, but walking memory row by row, which is what
         * made the second pass as fast as the first.
         */
        void downColumns(int i, float[] s, int width, double[] sums, float[] d) {
            java.util.Arrays.fill(sums, 0);
            double[] weights = overlap[i];
            for (int k = 0; k < weights.length; k++) {
                int row = (first[i] + k) * width;
                double weight = weights[k];
                for (int x = 0; x < width; x++) {
                    sums[x] += s[row + x] * weight;
                }
            }
            for (int x = 0; x < width; x++) {
                d[i * width + x] = (float) (sums[x] / ratio);
            }
        }
    }
}
