package app.digitpad.drawing;

import java.util.List;

/**
 * One pen-down-to-pen-up movement on the pad, in the pad's own 280x280 coordinates whatever size the
 * canvas has on screen, so undo, redraw on resize and prediction all see the same drawing.
 */
public record Stroke(double width, List<Point> points) {

    /** A point in pad coordinates (0..280). */
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
    }
}
