package app.digitpad.drawing;

import java.util.List;

/**
 * One pen-down-to-pen-up movement on the pad, in the pad's own 280x280 coordinates whatever size the
 * canvas has on screen, so undo, redraw on resize and prediction all see the same drawing.
 */
public record Stroke(double width, List<Point> points) {

    /** The pen widths the pad offers, in pad pixels: from a fine pen to a marker. */
    public static final double MIN_WIDTH = 6;
    public static final double MAX_WIDTH = 40;
    /** The pad's pen until the user changes it: close to MNIST's stroke at the pad's scale. */
    public static final double DEFAULT_WIDTH = 22;

    /** A point in pad coordinates (0..280). */
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
    }
}
