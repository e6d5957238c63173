package app.digitpad.ui.shared;

import app.digitpad.drawing.Stroke;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The mouse gesture both pads share: press begins a stroke, drag extends it and paints the new segment at
 * once (round caps, so fast moves leave no gaps), release ends it. Mouse positions become the pad's
 * logical coordinates, clamped to the pad, whatever size the canvas is shown at. FX thread.
 */
public final class StrokeGesture {

    /** Where a gesture's points go: a pad model's begin or extend command. */
    public interface PointSink {
        void at(double x, double y);
    }

    private final Canvas canvas;
    private final double padWidth;
    private final double padHeight;
    private final PointSink begin;
    private final PointSink extend;
    private final DoubleSupplier brush;
    private double lastX;
    private double lastY;

    private StrokeGesture(Canvas canvas, double padWidth, double padHeight, PointSink begin, PointSink extend,
                          DoubleSupplier brush) {
        this.canvas = canvas;
        this.padWidth = padWidth;
        this.padHeight = padHeight;
        this.begin = begin;
        this.extend = extend;
        this.brush = brush;
    }

    /**
     * Makes {@code canvas}, showing a pad of {@code padWidth} x {@code padHeight}, draw strokes: {@code begin},
     * {@code extend} and {@code end} are the pad model's commands, {@code brush} its pen width.
     */
    public static void install(Canvas canvas, double padWidth, double padHeight, PointSink begin, PointSink extend,
                        Runnable end, DoubleSupplier brush) {
        StrokeGesture g = new StrokeGesture(canvas, padWidth, padHeight, begin, extend, brush);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                end.run();
            }
        });
    }

    /** A white round pen of {@code width} pad units on {@code canvas}, shown at {@code scale} pixels per unit. */
    public static GraphicsContext pen(Canvas canvas, double width, double scale) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.WHITE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(width * scale);
        return g;
    }

    /** Paints a stroke's points as a polyline (a dot for one point). */
    public static void polyline(Canvas canvas, double width, List<Stroke.Point> pts, double scale) {
        GraphicsContext g = pen(canvas, width, scale);
        if (pts.size() == 1) {
            g.strokeLine(pts.get(0).x() * scale, pts.get(0).y() * scale, pts.get(0).x() * scale, pts.get(0).y() * scale);
            return;
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).x() * scale;
            ys[i] = pts.get(i).y() * scale;
        }
        g.strokePolyline(xs, ys, pts.size());
    }

    private double scale() {
        return canvas.getWidth() / padWidth;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            lastX = padX(e);
            lastY = padY(e);
            begin.at(lastX, lastY);
            segment(lastX, lastY, lastX, lastY);
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            double x = padX(e);
            double y = padY(e);
            segment(lastX, lastY, x, y);
            lastX = x;
            lastY = y;
            extend.at(x, y);
        }
    }

    private double padX(MouseEvent e) {
        return Math.max(0, Math.min(padWidth, e.getX() / scale()));
    }

    private double padY(MouseEvent e) {
        return Math.max(0, Math.min(padHeight, e.getY() / scale()));
    }

    private void segment(double x0, double y0, double x1, double y1) {
        double k = scale();
        pen(canvas, brush.getAsDouble(), k).strokeLine(x0 * k, y0 * k, x1 * k, y1 * k);
    }
}
