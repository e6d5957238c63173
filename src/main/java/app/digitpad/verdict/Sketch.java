package app.digitpad.verdict;

import app.digitpad.drawing.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Strokes in the unit square (-1..1, y down) built from straight runs and arcs, then bent the way a hand
 * bends them (narrower or wider, slanted, a slow wobble) before a {@link NotDigits.Pen} puts them on the pad.
 * Letters, symbols and doodles are defined with it, so each drawing of a kind is a different hand's version of
 * the same stroke plan. Not thread-safe: one per drawing, on the caller's thread.
 */
final class Sketch {

    /** Points closer than this (unit square) are not filled in between. */
    private static final double STEP = 0.08;

    private final List<List<double[]>> strokes = new ArrayList<>();
    private List<double[]> current;

    /** Starts a new stroke at (x, y). */
    Sketch move(double x, double y) {
        current = new ArrayList<>();
        strokes.add(current);
        current.add(new double[] {x, y});
        return this;
    }

    /** Continues the stroke straight to (x, y). */
    Sketch line(double x, double y) {
        double[] last = current.get(current.size() - 1);
        int steps = Math.max(1, (int) Math.ceil(Math.hypot(x - last[0], y - last[1]) / STEP));
        for (int k = 1; k <= steps; k++) {
            double t = (double) k / steps;
            current.add(new double[] {last[0] + (x - last[0]) * t, last[1] + (y - last[1]) * t});
        }
        return this;
    }

    /** Continues with an elliptic arc around (cx, cy) from angle {@code from} to {@code to} (degrees, 90 = down). */
    Sketch arc(double cx, double cy, double rx, double ry, double from, double to) {
        int steps = Math.max(2, (int) Math.ceil(Math.abs(to - from) / 10));
        for (int k = 0; k <= steps; k++) {
            double a = Math.toRadians(from + (to - from) * k / steps);
            double[] p = {cx + rx * Math.cos(a), cy + ry * Math.sin(a)};
            if (current == null || (k == 0 && !near(p))) {
                move(p[0], p[1]);
            } else {
                line(p[0], p[1]);
            }
        }
        return this;
    }

    /** A whole ellipse as its own stroke, starting at a random angle. */
    Sketch ellipse(double cx, double cy, double rx, double ry, Random r) {
        double start = r.nextDouble() * 360;
        current = null;
        return arc(cx, cy, rx, ry, start, start + 360 + 15 * r.nextDouble());
    }

    /** Continues with a cubic Bézier curve through control points {@code c1}, {@code c2} to {@code end}. */
    Sketch cubic(double[] c1, double[] c2, double[] end) {
        double[] p = last();
        for (int i = 1; i <= 20; i++) {
            double t = i / 20.0;
            double u = 1 - t;
            line(u * u * u * p[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * end[0],
                    u * u * u * p[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * end[1]);
        }
        return this;
    }

    /**
     * Continues with a spiral of {@code turns} turns around (cx, cy), its radius shrinking from
     * {@code radius} to a fifth of it, starting at the angle of the pen.
     */
    Sketch spiral(double cx, double cy, double radius, double turns, boolean clockwise) {
        double[] p = last();
        double start = Math.atan2(p[1] - cy, p[0] - cx);
        int steps = (int) Math.ceil(turns * 36);
        for (int k = 1; k <= steps; k++) {
            double t = (double) k / steps;
            double a = start + (clockwise ? 1 : -1) * t * turns * 2 * Math.PI;
            double rr = radius * (1 - 0.8 * t);
            line(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        }
        return this;
    }

    /**
     * The same strokes moved and scaled (keeping their proportions) so that they fill the square
     * -{@code extent}..{@code extent} along their longer side: random pieces wander out of the unit square.
     */
    Sketch fitted(double extent) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<double[]> stroke : strokes) {
            for (double[] p : stroke) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double scale = 2 * extent / Math.max(1e-6, Math.max(maxX - minX, maxY - minY));
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (List<double[]> stroke : strokes) {
            for (double[] p : stroke) {
                p[0] = (p[0] - cx) * scale;
                p[1] = (p[1] - cy) * scale;
            }
        }
        return this;
    }

    /** A point of a stroke already drawn, chosen at random. */
    double[] anyPoint(Random r) {
        List<double[]> stroke = strokes.get(r.nextInt(strokes.size()));
        return stroke.get(r.nextInt(stroke.size())).clone();
    }

    /** Where the current stroke began. */
    double[] first() {
        return current.get(0).clone();
    }

    /** Where the pen is. */
    double[] last() {
        return current.get(current.size() - 1).clone();
    }

    /** A dot: a very short stroke. */
    Sketch dot(double x, double y) {
        return move(x, y).line(x + 0.03, y + 0.03);
    }

    private boolean near(double[] p) {
        double[] last = current.get(current.size() - 1);
        return Math.hypot(p[0] - last[0], p[1] - last[1]) < STEP;
    }

    /**
     * The strokes bent by a hand: width 0.6-1.1 of the plan, a slant of up to 0.25, every point moved by a
     * slow wobble of up to 0.06, then placed by the pen.
     */
    List<Stroke> drawn(NotDigits.Pen pen) {
        Random r = pen.random();
        double width = 0.6 + 0.5 * r.nextDouble();
        double slant = (r.nextDouble() * 2 - 1) * 0.25;
        double[] wobble = new double[6];
        for (int i = 0; i < wobble.length; i++) {
            wobble[i] = r.nextDouble();
        }
        List<Stroke> out = new ArrayList<>();
        for (List<double[]> stroke : strokes) {
            List<double[]> bent = new ArrayList<>(stroke.size());
            for (double[] p : stroke) {
                double x = p[0] * width - p[1] * slant
                        + 0.06 * wobble[0] * Math.sin(Math.PI * (p[1] * (1 + 2 * wobble[1]) + 2 * wobble[2]));
                double y = p[1] + 0.06 * wobble[3] * Math.sin(Math.PI * (p[0] * (1 + 2 * wobble[4]) + 2 * wobble[5]));
                bent.add(new double[] {x, y});
            }
            out.add(pen.curve(bent));
        }
        return out;
    }
}
