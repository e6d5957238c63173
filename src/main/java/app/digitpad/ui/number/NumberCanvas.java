package app.digitpad.ui.number;

import app.digitpad.drawing.Stroke;
import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReading;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.StrokeGesture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Number mode's pad: three digit pads wide, scaled to the space it gets, white ink on black. Over the ink
 * it draws each digit's box with the digit and its confidence (amber when not sure, red when not a
 * digit); the mouse over a box picks whose bars are shown. Maps the mouse to the model's coordinates.
 */
final class NumberCanvas extends Region {

    private static final Color SURE = Color.web("#38bdf8");
    private static final Color DOUBT = Color.web("#f59e0b");
    private static final Color NOT_A_DIGIT = Color.web("#ef4444");

    private final Canvas canvas = new Canvas(NumberModel.WIDTH, NumberModel.HEIGHT);
    private final NumberModel model;
    /** The loaded image as shown, made once per load (it is the pad's size). */
    private javafx.scene.image.Image shownImage;

    NumberCanvas(NumberModel model) {
        this.model = model;
        getStyleClass().add("pad");
        canvas.setId("number-canvas");
        canvas.setAccessibleText("Number pad: write a number of any length; the reading is shown above it");
        getChildren().add(canvas);
        setMinSize(NumberModel.WIDTH / 2.0, NumberModel.HEIGHT / 2.0);
        setPrefSize(NumberModel.WIDTH, NumberModel.HEIGHT);
        StrokeGesture.install(canvas, NumberModel.WIDTH, NumberModel.HEIGHT, model::beginStroke, model::extendStroke, model::endStroke,
                () -> model.brushProperty().get());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hover(e.getX() / scale(), e.getY() / scale()));
        model.strokes().addListener((javafx.collections.ListChangeListener<Stroke>) c -> repaint());
        model.readingProperty().addListener((obs, old, now) -> repaint());
        model.loadedProperty().addListener((obs, old, now) -> {
            shownImage = now == null ? null : InkImages.toImage(now.fitted());
            repaint();
        });
        model.shownProperty().addListener((obs, old, now) -> repaint());
    }

    @Override
    protected void layoutChildren() {
        double k = Math.min(getWidth() / NumberModel.WIDTH, getHeight() / NumberModel.HEIGHT);
        double w = Math.floor(NumberModel.WIDTH * k);
        if (w > 0 && w != canvas.getWidth()) {
            canvas.setWidth(w);
            canvas.setHeight(Math.floor(NumberModel.HEIGHT * k));
            repaint();
        }
        canvas.relocate((getWidth() - canvas.getWidth()) / 2, (getHeight() - canvas.getHeight()) / 2);
    }

    private double scale() {
        return canvas.getWidth() / NumberModel.WIDTH;
    }

    /** Paints the loaded image and the strokes, then the boxes of the reading if it is current. */
    void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double k = scale();
        if (shownImage != null) {
            g.drawImage(shownImage, 0, 0, canvas.getWidth(), canvas.getHeight());
        }
        for (Stroke s : model.strokes()) {
            StrokeGesture.polyline(canvas, s.width(), s.points(), k);
        }
        NumberReading r = model.readingProperty().get();
        if (r != null && (!model.strokes().isEmpty() || shownImage != null)) {
            g.setFont(LABEL_FONT);
            List<LabelLayout.Item> items = new ArrayList<>();
            for (DigitReading d : r.digits()) {
                Text measure = new Text(label(d));
                measure.setFont(LABEL_FONT);
                items.add(new LabelLayout.Item(d.box().x0() * k, d.box().y0() * k, (d.box().x0() + d.box().width()) * k,
                        (d.box().y0() + d.box().height()) * k, measure.getLayoutBounds().getWidth()));
            }
            List<LabelLayout.Place> places = LabelLayout.place(items, LABEL_FONT.getSize(), canvas.getHeight());
            for (int i = 0; i < r.digits().size(); i++) {
                box(g, r.digits().get(i), places.get(i), i == model.shownProperty().get(), k);
            }
            g.setStroke(SURE);
            g.setLineWidth(1.5);
            for (var p : r.points()) {
                g.strokeRect(p.x0() * k, p.y0() * k, p.width() * k, p.height() * k);
            }
        }
    }

    private static final Font LABEL_FONT = Font.font(14);

    private static String label(DigitReading d) {
        return d.character() == '?' ? "?" : String.format(Locale.ROOT, "%c %.0f%%", d.character(), 100 * d.confidence());
    }

    private void box(GraphicsContext g, DigitReading d, LabelLayout.Place place, boolean shown, double k) {
        Color colour = switch (d.verdict().kind()) {
            case DIGIT -> SURE;
            case UNSURE -> DOUBT;
            case NOT_A_DIGIT -> NOT_A_DIGIT;
        };
        g.setStroke(colour);
        g.setLineWidth(shown ? 3 : 1.5);
        g.strokeRect(d.box().x0() * k, d.box().y0() * k, d.box().width() * k, d.box().height() * k);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(label(d), place.x(), place.baseline());
    }
}
