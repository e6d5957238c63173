package app.digitpad.ui.draw;

import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.StrokeGesture;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The square drawing surface. It scales with its container, maps the mouse to the pad's 280x280
 * coordinates for the model, paints each new segment at once (round caps, so fast moves leave no gaps)
 * and repaints everything from the model's strokes on undo, clear or resize.
 */
final class PadCanvas extends Region {

    private final Canvas canvas = new Canvas(PadRaster.SIZE, PadRaster.SIZE);
    private final DrawModel model;

    PadCanvas(DrawModel model) {
        this.model = model;
        getStyleClass().add("pad");
        canvas.setId("pad-canvas");
        canvas.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        canvas.setAccessibleHelp("Draw a digit with the mouse. Escape or Delete clears, Control Z undoes a stroke, "
                + "Control and a digit saves the drawing as that digit.");
        canvas.setFocusTraversable(true);
        getChildren().add(canvas);
        setMinSize(PadRaster.SIZE, PadRaster.SIZE);
        setPrefSize(420, 420);
        StrokeGesture.install(canvas, PadRaster.SIZE, PadRaster.SIZE, model::beginStroke, model::extendStroke, model::endStroke,
                () -> model.brushProperty().get());
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
            StrokeGesture.polyline(canvas, s.width(), s.points(), scale());
        }
        List<Stroke.Point> current = model.currentStroke();
        if (!current.isEmpty()) {
            StrokeGesture.polyline(canvas, model.brushProperty().get(), current, scale());
        }
    }
}
