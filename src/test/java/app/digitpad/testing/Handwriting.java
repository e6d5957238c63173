package app.digitpad.testing;

import app.digitpad.drawing.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One person's handwriting as robot strokes in pad coordinates, seeded: a continental 1 (a long up-stroke
 * before the stem, which the default model reads as 7) and a crossed 7 (which it reads right). Each call
 * jitters every corner, so no two drawings are the same.
 */
public final class Handwriting {

    /** How far a corner wanders, in pad pixels. */
    private static final double JITTER = 8;

    private final Random random;

    public Handwriting(long seed) {
        this.random = new Random(seed);
    }

    /** A 1 with a long flag and no base. */
    public List<Stroke> continentalOne() {
        double width = 16 + random.nextInt(12);
        return List.of(polyline(width, 60 + random.nextInt(30), 100 + random.nextInt(40), 160, 45, 155, 235));
    }

    /** A 7 with a bar across its stem. */
    public List<Stroke> crossedSeven() {
        double width = 16 + random.nextInt(12);
        return List.of(polyline(width, 70, 60, 205, 58, 120, 235), polyline(width, 95, 148, 190, 146));
    }

    /** Corners joined by straight runs of ten points, as a mouse drag gives them. */
    private Stroke polyline(double width, double... corners) {
        List<Stroke.Point> points = new ArrayList<>();
        for (int i = 0; i + 1 < corners.length; i += 2) {
            double x = corners[i] + random.nextGaussian() * JITTER;
            double y = corners[i + 1] + random.nextGaussian() * JITTER;
            if (points.isEmpty()) {
                points.add(new Stroke.Point(x, y));
                continue;
            }
            Stroke.Point last = points.get(points.size() - 1);
            for (int k = 1; k <= 10; k++) {
                points.add(new Stroke.Point(last.x() + (x - last.x()) * k / 10, last.y() + (y - last.y()) * k / 10));
            }
        }
        return new Stroke(width, points);
    }
}
