package app.digitpad.preprocess;

import java.util.Random;

/** A random pen path of a few connected segments, like a digit drawn on the pad, that can be drawn with any brush. */
record Sketch(double[] xs, double[] ys) {

    /** Three to six points inside a square of {@code extent} pixels, from its top edge to its bottom edge. */
    static Sketch random(Random random, double extent) {
        int n = 3 + random.nextInt(4);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble() * extent;
            ys[i] = random.nextDouble() * extent;
        }
        ys[0] = 0;
        ys[n - 1] = extent;
        return new Sketch(xs, ys);
    }

    /** Rendered with a round brush of {@code brush} px, scaled by {@code scale}, offset to (left, top). */
    GrayImage draw(int canvas, double left, double top, double scale, double brush) {
        float[] ink = new float[canvas * canvas];
        double r = brush / 2;
        for (int s = 0; s + 1 < xs.length; s++) {
            double x0 = left + xs[s] * scale;
            double y0 = top + ys[s] * scale;
            double x1 = left + xs[s + 1] * scale;
            double y1 = top + ys[s + 1] * scale;
            for (int y = 0; y < canvas; y++) {
                for (int x = 0; x < canvas; x++) {
                    double d = distanceToSegment(x + 0.5, y + 0.5, x0, y0, x1, y1);
                    ink[y * canvas + x] = (float) Math.max(ink[y * canvas + x], Math.max(0, Math.min(1, r + 0.5 - d)));
                }
            }
        }
        return new GrayImage(canvas, canvas, ink);
    }

    private static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        double ex = px - (x0 + t * dx);
        double ey = py - (y0 + t * dy);
        return Math.sqrt(ex * ex + ey * ey);
    }
}
