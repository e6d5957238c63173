package app.digitpad.preprocess;

import java.util.Arrays;

/**
 * Exact Euclidean distance from every pixel to the nearest pixel of a set (Felzenszwalb and Huttenlocher's
 * two-pass lower-envelope method, linear time). Stroke width is measured and changed with it: a pen's
 * width is twice the distance from a stroke's middle to its edge, and thickening by r is "everything within
 * r of the ink".
 */
final class DistanceField {

    private static final double FAR = 1e20;

    private DistanceField() {
    }

    /**
     * Distance from each pixel's centre to the centre of the nearest pixel where {@code target} is true;
     * with {@code outsideIsTarget} the pixels just beyond the image's edges count as target too (ink that
     * touches the edge of a crop still has background on its other side).
     */
    static float[] to(boolean[] target, int width, int height, boolean outsideIsTarget) {
        if (!outsideIsTarget) {
            return to(target, width, height);
        }
        int pw = width + 2;
        int ph = height + 2;
        boolean[] padded = new boolean[pw * ph];
        Arrays.fill(padded, true);
        for (int y = 0; y < height; y++) {
            System.arraycopy(target, y * width, padded, (y + 1) * pw + 1, width);
        }
        float[] all = to(padded, pw, ph);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(all, (y + 1) * pw + 1, out, y * width, width);
        }
        return out;
    }

    private static float[] to(boolean[] target, int width, int height) {
        double[] d = new double[width * height];
        for (int i = 0; i < d.length; i++) {
            d[i] = target[i] ? 0 : FAR;
        }
        double[] line = new double[Math.max(width, height)];
        double[] out = new double[line.length];
        int[] v = new int[line.length];
        double[] z = new double[line.length + 1];
        float[] result = new float[d.length];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                line[y] = d[y * width + x];
            }
            squared1d(line, height, out, v, z);
            for (int y = 0; y < height; y++) {
                d[y * width + x] = out[y];
            }
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(d, y * width, line, 0, width);
            squared1d(line, width, out, v, z);
            for (int x = 0; x < width; x++) {
                result[y * width + x] = (float) Math.sqrt(out[x]);
            }
        }
        return result;
    }

    /** One-dimensional squared distance transform of sampled function {@code f} (lower envelope of parabolas). */
    private static void squared1d(double[] f, int n, double[] out, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = -Double.MAX_VALUE;
        z[1] = Double.MAX_VALUE;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.MAX_VALUE;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            out[q] = dq * dq + f[v[k]];
        }
    }

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
