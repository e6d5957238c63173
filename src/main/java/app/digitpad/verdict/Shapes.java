package app.digitpad.verdict;

import app.digitpad.drawing.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The strokes of each {@link NotDigits.Kind}, in the unit square, placed by a {@link NotDigits.Pen}. */
final class Shapes {

    private Shapes() {
    }

    static List<Stroke> draw(NotDigits.Kind kind, NotDigits.Pen pen) {
        Random r = pen.random();
        return switch (kind) {
            case DOT -> List.of(pen.line(j(r, 0.02), j(r, 0.02), j(r, 0.04), j(r, 0.04)));
            case DASH -> dash(pen, r);
            case SCRIBBLE -> List.of(pen.curve(scribble(r, 40 + r.nextInt(60))));
            case HATCHING -> hatching(pen, r, 4 + r.nextInt(4), r.nextDouble() * Math.PI);
            case CROSS_HATCHING -> {
                double angle = r.nextDouble() * Math.PI;
                List<Stroke> all = new ArrayList<>(hatching(pen, r, 3 + r.nextInt(3), angle));
                all.addAll(hatching(pen, r, 3 + r.nextInt(3), angle + Math.PI / 2));
                yield all;
            }
            case FILLED -> hatching(pen, r, 12 + r.nextInt(6), r.nextDouble() * Math.PI);
            case STAR -> List.of(pen.line(star()));
            case HEART -> List.of(pen.curve(heart()));
            case SPIRAL -> List.of(pen.curve(spiral(2.5 + r.nextDouble())));
            case ZIGZAG -> List.of(pen.line(zigzag(4 + r.nextInt(4))));
            case ARROW -> List.of(pen.line(-1, 0, 1, 0), pen.line(0.5, -0.5, 1, 0, 0.5, 0.5));
            case SQUARE -> List.of(pen.line(-0.8, -0.8, 0.8, -0.8, 0.8, 0.8, -0.8, 0.8, -0.8, -0.8));
            case LETTER_A -> List.of(pen.line(-0.7, 1, 0, -1, 0.7, 1), pen.line(-0.4, 0.2, 0.4, 0.2));
            case LETTER_E -> List.of(pen.line(0.6, -1, -0.6, -1, -0.6, 1, 0.6, 1), pen.line(-0.6, 0, 0.4, 0));
            case LETTER_H -> List.of(pen.line(-0.6, -1, -0.6, 1), pen.line(0.6, -1, 0.6, 1), pen.line(-0.6, 0, 0.6, 0));
            case LETTER_K -> List.of(pen.line(-0.5, -1, -0.5, 1), pen.line(0.6, -1, -0.5, 0.1, 0.6, 1));
            case LETTER_M -> List.of(pen.line(-0.9, 1, -0.8, -1, 0, 0.4, 0.8, -1, 0.9, 1));
            case LETTER_W -> List.of(pen.line(-1, -0.9, -0.5, 0.9, 0, -0.3, 0.5, 0.9, 1, -0.9));
            case LETTER_X -> List.of(pen.line(-0.8, -1, 0.8, 1), pen.line(0.8, -1, -0.8, 1));
            case TRIANGLE, SMILEY, STICK_FIGURE, HOUSE, SUN, CHECKMARK, WAVE, ARC, LOOPS, BEZIER ->
                    Doodles.plan(kind, r).drawn(pen);
            default -> Glyphs.plan(kind, r).drawn(pen);
        };
    }

    private static double j(Random r, double size) {
        return (r.nextDouble() * 2 - 1) * size;
    }

    /** A short straight mark, a pen width or a few long, at any angle. */
    private static List<Stroke> dash(NotDigits.Pen pen, Random r) {
        double half = 0.05 + r.nextDouble() * 0.15;
        double a = r.nextDouble() * Math.PI;
        return List.of(pen.line(-half * Math.cos(a), -half * Math.sin(a), half * Math.cos(a), half * Math.sin(a)));
    }

    private static List<Stroke> hatching(NotDigits.Pen pen, Random r, int lines, double angle) {
        List<Stroke> out = new ArrayList<>();
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        for (int i = 0; i < lines; i++) {
            double offset = -0.8 + 1.6 * i / Math.max(1, lines - 1) + j(r, 0.03);
            out.add(pen.line(-0.8 * c - offset * s, -0.8 * s + offset * c, 0.8 * c - offset * s, 0.8 * s + offset * c));
        }
        return out;
    }

    /** A random walk with momentum, kept inside the square. */
    private static List<double[]> scribble(Random r, int steps) {
        List<double[]> out = new ArrayList<>();
        double x = j(r, 0.5);
        double y = j(r, 0.5);
        double heading = r.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < steps; i++) {
            heading += r.nextGaussian() * 0.9;
            x = Math.max(-1, Math.min(1, x + 0.15 * Math.cos(heading)));
            y = Math.max(-1, Math.min(1, y + 0.15 * Math.sin(heading)));
            out.add(new double[] {x, y});
        }
        return out;
    }

    private static double[] star() {
        double[] corners = new double[12];
        for (int i = 0; i <= 5; i++) {
            double a = -Math.PI / 2 + i * 4 * Math.PI / 5;
            corners[2 * i] = Math.cos(a);
            corners[2 * i + 1] = Math.sin(a);
        }
        return corners;
    }

    private static List<double[]> heart() {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double t = 2 * Math.PI * i / 60;
            double x = 16 * Math.pow(Math.sin(t), 3) / 17;
            double y = -(13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t)) / 17;
            out.add(new double[] {x, y});
        }
        return out;
    }

    private static List<double[]> spiral(double turns) {
        List<double[]> out = new ArrayList<>();
        int n = (int) (turns * 30);
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = t * turns * 2 * Math.PI;
            out.add(new double[] {t * Math.cos(a), t * Math.sin(a)});
        }
        return out;
    }

    private static double[] zigzag(int peaks) {
        double[] corners = new double[2 * (peaks + 1)];
        for (int i = 0; i <= peaks; i++) {
            corners[2 * i] = -1 + 2.0 * i / peaks;
            corners[2 * i + 1] = i % 2 == 0 ? 0.4 : -0.4;
        }
        return corners;
    }
}
