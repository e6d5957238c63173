package app.digitpad.testing;

import app.digitpad.drawing.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Digits as a hand draws them with a mouse: one polyline each, in a unit box (x right, y down), placed
 * into cells of a pad. What the number-mode tests draw, headless or with the robot.
 */
public final class HandDigits {

    private static final Map<Character, double[][]> SHAPES = Map.of(
            '0', ellipse(),
            '1', new double[][] {{0.3, 0.2}, {0.55, 0}, {0.55, 1}},
            '2', new double[][] {{0.1, 0.25}, {0.3, 0.03}, {0.6, 0}, {0.85, 0.15}, {0.85, 0.38}, {0.5, 0.7}, {0.1, 1},
                    {0.95, 1}},
            '3', new double[][] {{0.15, 0.1}, {0.5, 0}, {0.85, 0.15}, {0.8, 0.35}, {0.45, 0.5}, {0.85, 0.65},
                    {0.9, 0.85}, {0.6, 1}, {0.15, 0.9}},
            '6', new double[][] {{0.8, 0.05}, {0.45, 0.2}, {0.18, 0.55}, {0.15, 0.8}, {0.4, 1}, {0.75, 0.95},
                    {0.85, 0.75}, {0.7, 0.55}, {0.4, 0.55}, {0.17, 0.75}},
            '.', new double[][] {{0.45, 0.96}, {0.47, 0.97}});

    private HandDigits() {
    }

    /** The polylines for {@code text}, digit i in a cell {@code cell} wide starting at x = left + i * cell. */
    public static List<List<double[]>> layout(String text, double left, double top, double cell, double width,
                                              double height) {
        List<List<double[]>> strokes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<double[]> points = new ArrayList<>();
            for (double[] p : SHAPES.get(text.charAt(i))) {
                points.add(new double[] {left + i * cell + p[0] * width, top + p[1] * height});
            }
            strokes.add(points);
        }
        return strokes;
    }

    /** The same as pad strokes of one pen width. */
    public static List<Stroke> strokes(String text, double left, double top, double cell, double width,
                                       double height, double pen) {
        return layout(text, left, top, cell, width, height).stream()
                .map(pts -> new Stroke(pen, pts.stream().map(p -> new Stroke.Point(p[0], p[1])).toList())).toList();
    }

    private static double[][] ellipse() {
        int n = 24;
        double[][] pts = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / n;
            pts[i] = new double[] {0.5 + 0.45 * Math.sin(a), 0.5 - 0.5 * Math.cos(a)};
        }
        return pts;
    }
}
