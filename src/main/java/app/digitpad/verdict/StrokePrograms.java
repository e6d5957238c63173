package app.digitpad.verdict;

import app.digitpad.drawing.Drawing;
import app.digitpad.preprocess.InkShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Non-digits that are no kind at all: random stroke programs (one to four strokes, each a chain of straight
 * runs, arcs, Bézier curves, loops and spirals from random points, sometimes closed, sometimes with dots),
 * bent by a hand ({@link Sketch}) and put on the pad by a {@link NotDigits.Pen}. The named kinds teach the gate
 * what people draw; these teach it that a digit is a narrow thing, so a doodle of a kind nobody named is not a
 * digit by default. Nothing here knows the named kinds, so every kind's figure stays kind-disjoint for the
 * programs. The programs a person writes as a digit (one straight stroke, one closed loop, one long arc) are not
 * drawn, nor is any drawing the verdict's shape rules call one straight stroke. Any thread may call it.
 */
public final class StrokePrograms {

    /** Piece types, each with its share of the pieces drawn. */
    private enum Piece { LINE, ARC, CURVE, LOOP, SPIRAL }

    private static final double[] PIECE_SHARE = {0.42, 0.26, 0.18, 0.09, 0.05};
    /** A single arc sweeping more than this (degrees) is a 0 or a 6, not a doodle. */
    private static final double LONE_ARC_LIMIT = 250;
    /** Share of later strokes that start on ink already drawn (the junctions of T, H, + and houses). */
    private static final double JOINED = 0.5;
    /** Share of straight runs drawn level, upright or at 45 degrees, as people draw letters and boxes. */
    private static final double SQUARED = 0.45;
    /** Share of strokes of several pieces that end where they began (polygons, closed blobs). */
    private static final double CLOSED = 0.3;
    /** Share of programs with one to three dots near their ink (?, !, i, eyes). */
    private static final double DOTTED = 0.2;
    /** How far the program reaches in the unit square once fitted (the pen then sizes and places it). */
    private static final double FILL = 0.95;
    /** A lone spiral of fewer turns than this is a 0 or a 6 drawn twice round. */
    private static final double MIN_LONE_TURNS = 1.5;

    private StrokePrograms() {
    }

    /** {@code count} drawings, the same for the same seed. */
    public static List<Drawing> generate(long seed, int count) {
        Supplier<Drawing> next = drawings(seed);
        List<Drawing> out = new ArrayList<>(count);
        while (out.size() < count) {
            out.add(next.get());
        }
        return out;
    }

    /**
     * The drawings of {@link #generate} one at a time, for a caller that keeps only a few of them at once. The
     * supplier is the caller's alone (it holds the random sequence).
     */
    public static Supplier<Drawing> drawings(long seed) {
        Random random = new Random(seed);
        return () -> {
            while (true) {
                NotDigits.Pen pen = new NotDigits.Pen(random);
                Sketch plan = program(random);
                if (plan != null) {
                    Drawing drawing = new Drawing(plan.drawn(pen));
                    if (!straight(drawing)) {
                        return drawing;
                    }
                }
            }
        };
    }

    /**
     * True when the ink is one straight stroke by the verdict's own measure (a line and a hook too short to
     * see, two runs nearly in line): the shape rules answer those, and one standing upright is a 1.
     */
    private static boolean straight(Drawing drawing) {
        return InkShape.of(drawing.ink()).map(s -> s.acrossPerPen() <= Verdict.STRAIGHT_ACROSS_PER_PEN).orElse(true);
    }

    /** One random program, or null when it came out as something a person writes as a digit. */
    static Sketch program(Random r) {
        Sketch s = new Sketch();
        int strokes = strokeCount(r);
        for (int k = 0; k < strokes; k++) {
            double[] at = k > 0 && r.nextDouble() < JOINED ? s.anyPoint(r) : new double[] {point(r), point(r)};
            s.move(at[0], at[1]);
            int n = pieceCount(r);
            for (int i = 0; i < n; i++) {
                at = add(s, pick(r), at, r, strokes == 1 && n == 1);
                if (at == null) {
                    return null;
                }
            }
            if (n > 1 && r.nextDouble() < CLOSED) {
                s.line(s.first()[0], s.first()[1]);
            }
        }
        if (r.nextDouble() < DOTTED) {
            for (int d = 1 + r.nextInt(3); d > 0; d--) {
                double[] near = s.anyPoint(r);
                double a = r.nextDouble() * 2 * Math.PI;
                double far = 0.2 + 0.3 * r.nextDouble();
                s.dot(near[0] + far * Math.cos(a), near[1] + far * Math.sin(a));
            }
        }
        return s.fitted(FILL);
    }

    /**
     * Mostly one or two strokes: the doodles nearest to digits (a V, a T, a cross, a hook with a dot) are
     * simple, and they are the ones a gate must be shown most.
     */
    private static int strokeCount(Random r) {
        double u = r.nextDouble();
        return u < 0.45 ? 1 : u < 0.80 ? 2 : u < 0.93 ? 3 : 4;
    }

    private static int pieceCount(Random r) {
        double u = r.nextDouble();
        return u < 0.35 ? 1 : u < 0.70 ? 2 : u < 0.88 ? 3 : 4;
    }

    private static Piece pick(Random r) {
        double u = r.nextDouble();
        for (int i = 0; i < PIECE_SHARE.length; i++) {
            u -= PIECE_SHARE[i];
            if (u < 0) {
                return Piece.values()[i];
            }
        }
        return Piece.LINE;
    }

    /**
     * Adds a piece from {@code at}; returns where the pen is after it, or null when the piece is the whole
     * drawing and a person writes it as a digit (a straight stroke, a loop, a long arc, a spiral of one turn).
     */
    private static double[] add(Sketch s, Piece piece, double[] at, Random r, boolean alone) {
        if (alone && (piece == Piece.LINE || piece == Piece.LOOP)) {
            return null;
        }
        switch (piece) {
            case LINE -> {
                double[] to = {point(r), point(r)};
                if (r.nextDouble() < SQUARED) {
                    double a = Math.PI / 4 * r.nextInt(8);
                    double length = 0.5 + 1.3 * r.nextDouble();
                    to = new double[] {at[0] + length * Math.cos(a), at[1] + length * Math.sin(a)};
                }
                s.line(to[0], to[1]);
                return to;
            }
            case ARC -> {
                double sweep = (40 + 290 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
                if (alone && Math.abs(sweep) > LONE_ARC_LIMIT) {
                    return null;
                }
                double radius = 0.2 + 0.7 * r.nextDouble();
                double start = r.nextDouble() * 360;
                double cx = at[0] - radius * Math.cos(Math.toRadians(start));
                double cy = at[1] - radius * Math.sin(Math.toRadians(start));
                s.arc(cx, cy, radius, radius * (0.6 + 0.8 * r.nextDouble()), start, start + sweep);
                return s.last();
            }
            case CURVE -> {
                double[] to = {point(r), point(r)};
                s.cubic(new double[] {point(r), point(r)}, new double[] {point(r), point(r)}, to);
                return to;
            }
            case LOOP -> {
                double rx = 0.15 + 0.45 * r.nextDouble();
                s.ellipse(at[0], at[1], rx, rx * (0.5 + r.nextDouble()), r);
                return s.last();
            }
            default -> {
                double turns = 1 + 3 * r.nextDouble();
                if (alone && turns < MIN_LONE_TURNS) {
                    return null;
                }
                double radius = 0.3 + 0.6 * r.nextDouble();
                double a = r.nextDouble() * 2 * Math.PI;
                s.spiral(at[0] - radius * Math.cos(a), at[1] - radius * Math.sin(a), radius, turns, r.nextBoolean());
                return s.last();
            }
        }
    }

    private static double point(Random r) {
        return r.nextDouble() * 1.8 - 0.9;
    }
}
