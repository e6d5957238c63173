package app.digitpad.verdict;

import java.util.Random;

/**
 * Doodles as stroke plans, from generators independent of the first nineteen kinds: pictures (triangle,
 * smiley, stick figure, house, sun), marks (tick, wave, an arc) and two kinds of scribble (cursive loops and
 * smooth Bézier chains) unlike the random walk's. A lone circle, a single upright line and a spiral of one
 * turn are left out (that is how people write 0 and 1). Any thread may call it.
 */
final class Doodles {

    private Doodles() {
    }

    static Sketch plan(NotDigits.Kind kind, Random r) {
        Sketch s = new Sketch();
        return switch (kind) {
            case TRIANGLE -> s.move(j(r, -0.9), j(r, 0.9)).line(j(r, 0.9), j(r, 0.9)).line(j(r, 0), j(r, -0.9))
                    .line(j(r, -0.9), j(r, 0.9));
            case SMILEY -> s.ellipse(0, 0, 1, 1, r).dot(-0.35, -0.3).dot(0.35, -0.3).arc(0, 0.1, 0.5, 0.45, 20, 160);
            case STICK_FIGURE -> s.ellipse(0, -0.72, 0.26, 0.26, r).move(0, -0.46).line(0, 0.4).move(-0.6, -0.15)
                    .line(0.6, -0.15).move(-0.5, 1).line(0, 0.4).line(0.5, 1);
            case HOUSE -> s.move(-0.7, -0.1).line(-0.7, 1).line(0.7, 1).line(0.7, -0.1).line(-0.7, -0.1)
                    .move(-0.85, -0.1).line(0, -1).line(0.85, -0.1);
            case SUN -> sun(s.ellipse(0, 0, 0.45, 0.45, r), 6 + r.nextInt(5), r.nextDouble() * 45);
            case CHECKMARK -> s.move(-0.8, j(r, 0)).line(-0.25, 0.75).line(0.9, -0.9);
            case WAVE -> wave(s, 0.2 + 0.3 * r.nextDouble(), 1.5 + 2.5 * r.nextDouble(), r.nextDouble() * Math.PI);
            case ARC -> arc(s, r);
            case LOOPS -> loops(s, 3 + r.nextInt(4), 0.25 + 0.15 * r.nextDouble());
            case BEZIER -> bezier(s, r, 3 + r.nextInt(4));
            default -> throw new IllegalArgumentException("not a doodle: " + kind);
        };
    }

    /** A corner moved by up to 0.15. */
    private static double j(Random r, double v) {
        return v + (r.nextDouble() * 2 - 1) * 0.15;
    }

    private static Sketch sun(Sketch s, int rays, double start) {
        for (int i = 0; i < rays; i++) {
            double a = Math.toRadians(start + 360.0 * i / rays);
            s.move(0.6 * Math.cos(a), 0.6 * Math.sin(a)).line(Math.cos(a), Math.sin(a));
        }
        return s;
    }

    private static Sketch wave(Sketch s, double amplitude, double periods, double phase) {
        s.move(-1, amplitude * Math.sin(phase));
        for (int i = 1; i <= 60; i++) {
            double t = i / 60.0;
            s.line(-1 + 2 * t, amplitude * Math.sin(phase + t * periods * 2 * Math.PI));
        }
        return s;
    }

    /** 90-160 degrees of a circle, turned any way: a bracket, a smile, a bow (a C would be a letter). */
    private static Sketch arc(Sketch s, Random r) {
        double span = 90 + 70 * r.nextDouble();
        double start = r.nextDouble() * 360;
        double radius = 0.9 / Math.sin(Math.toRadians(span / 2));
        double mid = Math.toRadians(start + span / 2);
        double back = radius * (1 + Math.cos(Math.toRadians(span / 2))) / 2;
        return s.arc(-back * Math.cos(mid), -back * Math.sin(mid), radius, radius, start, start + span);
    }

    /** Cursive loops along a line, like "eeee" or a telephone cord. */
    private static Sketch loops(Sketch s, int count, double radius) {
        for (int i = 0; i <= count * 24; i++) {
            double t = i / (count * 24.0);
            double a = Math.PI + t * count * 2 * Math.PI;
            double x = -0.8 + 1.6 * t + radius * Math.cos(a);
            double y = radius * Math.sin(a) * 1.6;
            if (i == 0) {
                s.move(x, y);
            } else {
                s.line(x, y);
            }
        }
        return s;
    }

    /** A smooth chain of cubic Bézier pieces through random points, each joining the last without a corner. */
    private static Sketch bezier(Sketch s, Random r, int pieces) {
        double[] p = {r.nextDouble() * 1.6 - 0.8, r.nextDouble() * 1.6 - 0.8};
        double[] pull = {r.nextDouble() - 0.5, r.nextDouble() - 0.5};
        s.move(p[0], p[1]);
        for (int k = 0; k < pieces; k++) {
            double[] c1 = {p[0] + pull[0], p[1] + pull[1]};
            double[] end = {r.nextDouble() * 1.8 - 0.9, r.nextDouble() * 1.8 - 0.9};
            double[] c2 = {end[0] + r.nextDouble() - 0.5, end[1] + r.nextDouble() - 0.5};
            for (int i = 1; i <= 20; i++) {
                double t = i / 20.0;
                double u = 1 - t;
                s.line(u * u * u * p[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * end[0],
                        u * u * u * p[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * end[1]);
            }
            pull = new double[] {end[0] - c2[0], end[1] - c2[1]};
            p = end;
        }
        return s;
    }
}
