package app.digitpad.preprocess;

import java.util.Arrays;

/**
 * Exact Euclidean distance from every pixel to the nearest pixel of a set (Felzenszwalb and Huttenlocher's
 * two-pass lower-envelope method, linear time). Stroke width is measured and changed with it: a pen's
 * width is twice the distance from a stroke's middle to its edge, and thickening by r is "everything within
 * r of the ink". Every prediction measures a drawing's strokes, so the arithmetic is exact and integer:
 * squared distances are whole numbers and the envelope's breakpoints are compared as fractions, with no
 * division (which made this a third of a prediction's preprocessing).
 */
final class DistanceField {

    /**
     * The squared distance of a pixel with no target in its column (or, at the end, anywhere): larger than
     * any image's squared diagonal, small enough that the fractions' cross products stay within a long.
     */
    private static final long FAR = 1L << 40;

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
        long[] d = downColumns(target, width, height);
        long[] line = new long[width];
        long[] out = new long[width];
        Envelope envelope = new Envelope(width);
        float[] result = new float[d.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(d, y * width, line, 0, width);
            envelope.squared1d(line, width, out);
            for (int x = 0; x < width; x++) {
                result[y * width + x] = (float) Math.sqrt(out[x]);
            }
        }
        return result;
    }

    /**
     * The first pass: squared distance to the nearest target pixel in the same column ({@link #FAR} when the
     * column has none). On a function that is 0 or infinite the lower envelope is just that, so two scans
     * (down, then up) give it exactly, walking memory row by row.
     */
    private static long[] downColumns(boolean[] target, int width, int height) {
        long[] d = new long[width * height];
        int[] nearest = new int[width];
        Arrays.fill(nearest, -1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (target[i]) {
                    nearest[x] = y;
                }
                d[i] = nearest[x] < 0 ? FAR : square(y - nearest[x]);
            }
        }
        Arrays.fill(nearest, -1);
        for (int y = height - 1; y >= 0; y--) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (target[i]) {
                    nearest[x] = y;
                }
                if (nearest[x] >= 0) {
                    d[i] = Math.min(d[i], square(nearest[x] - y));
                }
            }
        }
        return d;
    }

    private static long square(long n) {
        return n * n;
    }

    /**
     * The lower envelope of the parabolas {@code (x - p)^2 + f(p)} along one line, reused line after line.
     * Breakpoint k lies at {@code num[k] / den[k]} (den > 0); the first is minus infinity, the one after the
     * last plus infinity.
     */
    private static final class Envelope {
        private final int[] v;
        private final long[] num;
        private final long[] den;

        Envelope(int n) {
            v = new int[n];
            num = new long[n + 1];
            den = new long[n + 1];
        }

        /** One-dimensional squared distance transform of sampled function {@code f}. */
        void squared1d(long[] f, int n, long[] out) {
            int k = 0;
            v[0] = 0;
            for (int q = 1; q < n; q++) {
                long sNum = crossing(f, q, v[k]);
                long sDen = 2L * (q - v[k]);
                while (k > 0 && sNum * den[k] <= num[k] * sDen) {
                    k--;
                    sNum = crossing(f, q, v[k]);
                    sDen = 2L * (q - v[k]);
                }
                k++;
                v[k] = q;
                num[k] = sNum;
                den[k] = sDen;
            }
            int last = k;
            k = 0;
            for (int q = 0; q < n; q++) {
                while (k < last && num[k + 1] < q * den[k + 1]) {
                    k++;
                }
                out[q] = square(q - v[k]) + f[v[k]];
            }
        }

        /** The numerator of where the parabolas of p and q cross (its denominator is {@code 2 (q - p)}). */
        private static long crossing(long[] f, int q, int p) {
            return (f[q] + square(q)) - (f[p] + square(p));
        }
    }
}
