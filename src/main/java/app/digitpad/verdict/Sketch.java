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
