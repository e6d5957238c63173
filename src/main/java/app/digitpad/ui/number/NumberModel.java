package app.digitpad.ui.number;

import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.NumberReading;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.ui.shared.LatestRequest;
import app.digitpad.ui.shared.PadCommands;
import app.digitpad.verdict.DigitGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Number mode's state: strokes on a pad three times as wide as tall, or an image loaded onto it, and the number
 * they read as (strokes stroke by stroke, so digits that touch stay apart; an image at its own size). Each
 * change asks for a new reading on the prediction executor (latest request wins, as on the digit pad);
 * which digit's bars are shown follows the mouse, else the least sure digit. Commands and properties
 * belong to the FX thread.
 */
public final class NumberModel implements PadCommands {

    /** The number pad's logical size: three digit pads side by side. */
    public static final int WIDTH = 3 * PadRaster.SIZE;
    public static final int HEIGHT = PadRaster.SIZE;

    private final LatestRequest latest;
    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final List<Stroke.Point> current = new ArrayList<>();
    private final DoubleProperty brush = new SimpleDoubleProperty(Stroke.DEFAULT_WIDTH);
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<NumberReading> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(true);
    /** An image loaded onto the pad, read in place of strokes until a stroke, Undo or Clear takes it away. */
    private final ReadOnlyObjectWrapper<LoadedNumber> loaded = new ReadOnlyObjectWrapper<>();
    private Optional<DigitGate> gate = Optional.empty();
    private Optional<SegmentJudge> judge = Optional.empty();
    private boolean hovering;

    /** {@code worker}: where readings run; {@code fx}: how results come back to the FX thread. */
    public NumberModel(Executor worker, Executor fx) {
        this.latest = new LatestRequest(worker, fx, false);
        predictor.addListener((obs, old, now) -> request());
    }

    public void beginStroke(double x, double y) {
        loaded.set(null);
        current.clear();
        current.add(new Stroke.Point(x, y));
    }

    public void extendStroke(double x, double y) {
        if (!current.isEmpty()) {
            current.add(new Stroke.Point(x, y));
        }
    }

    public void endStroke() {
        if (!current.isEmpty()) {
            strokes.add(new Stroke(brush.get(), List.copyOf(current)));
            current.clear();
            request();
        }
    }

    @Override
    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            request();
        } else if (loaded.get() != null) {
            loaded.set(null);
            request();
        }
    }

    /**
     * Puts an image on the pad in place of what is written there, and reads the number in it as
     * {@code predict --number} reads the file; a stroke drawn next starts a written number again.
     */
    @Override
    public void loadImage(GrayImage ink) {
        strokes.clear();
        current.clear();
        loaded.set(LoadedNumber.of(ink));
        request();
    }

    /**
     * What Save writes: the strokes at the pad's size, or a loaded image as it is read (its own size, ink white on
     * black), so that the saved file reads as the pad read it (the pad's shrunk view of a photo loses its strokes).
     */
    @Override
    public java.awt.image.BufferedImage picture() {
        LoadedNumber image = loaded.get();
        return image != null ? PadRaster.paint(image.original().width(), image.original().height(), image.original(),
                List.of()) : PadRaster.paint(WIDTH, HEIGHT, null, strokes);
    }

    @Override
    public void clear() {
        loaded.set(null);
        strokes.clear();
        current.clear();
        request();
    }

    /** Uses the not-a-digit gate for every digit of the number. */
    public void useGate(DigitGate gate) {
        this.gate = Optional.of(gate);
        request();
    }

    /** Uses the segment judge to split a group of strokes that holds several digits (a 1 close against a 3). */
    public void useJudge(SegmentJudge judge) {
        this.judge = Optional.of(judge);
        request();
    }

    /** The mouse at pad coordinates: the bars show the digit under it, or the least sure one when none is. */
    public void hover(double x, double y) {
        NumberReading r = reading.get();
        hovering = false;
        if (r != null) {
            for (int i = 0; i < r.digits().size(); i++) {
                DigitReading d = r.digits().get(i);
                if (x >= d.box().x0() && x <= d.box().x1() && y >= d.box().y0() && y <= d.box().y1()) {
                    shown.set(i);
                    hovering = true;
                    return;
                }
            }
        }
        shown.set(r == null ? -1 : r.weakest());
    }

    private void request() {
        List<Stroke> snapshot = List.copyOf(strokes);
        Predictor p = predictor.get();
        LoadedNumber image = loaded.get();
        if (snapshot.isEmpty() && image == null || p == null) {
            latest.settle();
            publish(null);
            return;
        }
        Optional<DigitGate> g = gate;
        Optional<SegmentJudge> j = judge;
        upToDate.set(false);
        latest.submit(() -> image != null ? new NumberReader(p, g, j).read(image.original()).map(image::onPad)
                : new NumberReader(p, g, j).readStrokes(WIDTH, HEIGHT, snapshot), read -> publish(read.orElse(null)));
    }

    private void publish(NumberReading r) {
        reading.set(r);
        if (!hovering || r == null || shown.get() >= r.digits().size()) {
            shown.set(r == null ? -1 : r.weakest());
        }
        upToDate.set(true);
    }

    public ObservableList<Stroke> strokes() {
        return strokes;
    }

    List<Stroke.Point> currentStroke() {
        return current;
    }

    public DoubleProperty brushProperty() {
        return brush;
    }

    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    public ReadOnlyObjectProperty<NumberReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Index of the digit whose bars are shown, -1 with no number. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The image on the pad, fitted to it; null when the pad holds strokes (or nothing). */
    public GrayImage loadedImage() {
        return loaded.get() == null ? null : loaded.get().fitted();
    }

    ReadOnlyObjectProperty<LoadedNumber> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }
}
