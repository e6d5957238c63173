package app.digitpad.ui.draw;

import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The square drawing surface. It scales with its container, maps the mouse to the pad's 280x280
 * coordinates for the model, paints each new segment at once (round caps, so fast moves leave no gaps)
 * and repaints everything from the model's strokes on undo, clear or resize.
 */
final class PadCanvas extends Region {

    private final Canvas canvas = new Canvas(PadRaster.SIZE, PadRaster.SIZE);
    private final DrawModel model;
    private double lastX;
    private double lastY;

    PadCanvas(DrawModel model) {
        this.model = model;
        getStyleClass().add("pad");
        canvas.setId("pad-canvas");
        getChildren().add(canvas);
        setMinSize(PadRaster.SIZE, PadRaster.SIZE);
        setPrefSize(420, 420);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        model.strokes().addListener((javafx.collections.ListChangeListener<Stroke>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    repaint();
                    return;
                }
            }
            // An added stroke was already painted segment by segment while it was drawn.
        });
        model.backgroundProperty().addListener((obs, old, now) -> repaint());
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        if (side > 0 && side != canvas.getWidth()) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            repaint();
        }
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
    }

    private double scale() {
        return canvas.getWidth() / PadRaster.SIZE;
    }

    private double padX(MouseEvent e) {
        return Math.max(0, Math.min(PadRaster.SIZE, e.getX() / scale()));
    }

    private double padY(MouseEvent e) {
        return Math.max(0, Math.min(PadRaster.SIZE, e.getY() / scale()));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        lastX = padX(e);
        lastY = padY(e);
        model.beginStroke(lastX, lastY);
        segment(lastX, lastY, lastX, lastY);
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double x = padX(e);
        double y = padY(e);
        segment(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
        model.extendStroke(x, y);
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            model.endStroke();
        }
    }

    private void segment(double x0, double y0, double x1, double y1) {
        GraphicsContext g = pen(model.brushProperty().get());
        g.strokeLine(x0 * scale(), y0 * scale(), x1 * scale(), y1 * scale());
    }

    private GraphicsContext pen(double width) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.WHITE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(width * scale());
        return g;
    }

    /** Paints the whole drawing: black, the loaded image, then every stroke as a polyline. */
    void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GrayImage bg = model.backgroundProperty().get();
        if (bg != null) {
            g.setImageSmoothing(true);
            g.drawImage(InkImages.toImage(bg), 0, 0, canvas.getWidth(), canvas.getHeight());
        }
        for (Stroke s : model.strokes()) {
            polyline(s.width(), s.points());
        }
        List<Stroke.Point> current = model.currentStroke();
        if (!current.isEmpty()) {
            polyline(model.brushProperty().get(), current);
        }
    }

    private void polyline(double width, List<Stroke.Point> pts) {
        GraphicsContext g = pen(width);
        double k = scale();
        if (pts.size() == 1) {
            g.strokeLine(pts.get(0).x() * k, pts.get(0).y() * k, pts.get(0).x() * k, pts.get(0).y() * k);
            return;
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).x() * k;
            ys[i] = pts.get(i).y() * k;
        }
        g.strokePolyline(xs, ys, pts.size());
    }
}
