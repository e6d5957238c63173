package app.digitpad.ui.draw;

import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.LatestRequest;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drawing pad's state and commands, free of any node: strokes (for undo), the brush, and the live
 * answer. Prediction runs on a worker through a {@link LatestRequest}: the newest drawing wins, and an
 * answer older than the one on show is never published. FX thread.
 */
public final class DrawModel {

    /** What the pad says when there is nothing to read. */
    public static final String EMPTY_TEXT = "Draw a digit";
    /** While the pen moves, predict at most this often. */
    static final long LIVE_INTERVAL_NANOS = 60_000_000L;

    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> readOnlyStrokes = FXCollections.unmodifiableObservableList(strokes);
    private final List<Stroke.Point> current = new ArrayList<>();
    private final DoubleProperty brush = new SimpleDoubleProperty(Stroke.DEFAULT_WIDTH);
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>();
    private final ObjectProperty<Predictor> comparePredictor = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Prediction> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GrayImage> background = new ReadOnlyObjectWrapper<>();
    /** The loaded image as read, judged instead of the pad's copy until a stroke is drawn over it (FX thread). */
    private GrayImage loaded;
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    /** Set once the app has loaded it (FX thread); each request hands the worker the gate of its time. */
    private Optional<DigitGate> gate = Optional.empty();
    private final ReadOnlyObjectWrapper<float[]> networkInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GrayImage> padInk = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(EMPTY_TEXT);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper latencyMillis = new ReadOnlyDoubleWrapper(Double.NaN);
    private final LatestRequest latest;
    private long lastLive;

    /** {@code worker} runs predictions; {@code fx} publishes results (Platform::runLater in the app). */
    public DrawModel(Executor worker, Executor fx) {
        this.latest = new LatestRequest(worker, fx, true);
        predictor.addListener((obs, old, now) -> requestPrediction());
        comparePredictor.addListener((obs, old, now) -> requestPrediction());
    }

    public void beginStroke(double x, double y) {
        current.clear();
        current.add(new Stroke.Point(x, y));
    }

    public void extendStroke(double x, double y) {
        if (current.isEmpty()) {
            beginStroke(x, y);
            return;
        }
        current.add(new Stroke.Point(x, y));
        long now = System.nanoTime();
        if (now - lastLive > LIVE_INTERVAL_NANOS) {
            lastLive = now;
            requestPrediction();
        }
    }

    public void endStroke() {
        if (current.isEmpty()) {
            return;
        }
        strokes.add(new Stroke(brush.get(), current));
        current.clear();
        requestPrediction();
    }

    /** Removes the last stroke; with no strokes left, removes a loaded image. */
    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        } else {
            background.set(null);
            loaded = null;
        }
        requestPrediction();
    }

    public void clear() {
        strokes.clear();
        current.clear();
        background.set(null);
        loaded = null;
        requestPrediction();
    }

    /**
     * Puts an image (already turned into ink) on the pad, fitted to it. Until a stroke is drawn over it, the image
     * as read is judged, as {@code predict} judges the file (a noise photo shrunk to the pad would run its specks
     * together); then the pad is read like a drawing.
     */
    public void loadImage(GrayImage ink) {
        strokes.clear();
        loaded = ink;
        background.set(ink.fittedInto(PadRaster.SIZE));
        requestPrediction();
    }

    /**
     * What Save writes: the pad as drawn, or, while a loaded image has nothing drawn over it, the image as it is
     * judged (its own size, ink white on black), so that the saved file gets the pad's answer from {@code predict}.
     */
    public java.awt.image.BufferedImage picture() {
        GrayImage image = loaded;
        return image != null && strokes.isEmpty() ? PadRaster.paint(image.width(), image.height(), image, List.of())
                : PadRaster.paint(background.get(), strokes);
    }

    /** What the pad holds now, as the network's pixels are made from it. */
    public GrayImage snapshot() {
        return PadRaster.ink(background.get(), allStrokes());
    }

    private List<Stroke> allStrokes() {
        List<Stroke> all = new ArrayList<>(strokes);
        if (!current.isEmpty()) {
            all.add(new Stroke(brush.get(), current));
        }
        return all;
    }

    private void requestPrediction() {
        if (strokes.isEmpty() && current.isEmpty() && background.get() == null) {
            latest.settle();
            publishEmpty();
            return;
        }
        upToDate.set(false);
        PadReading.Request r = new PadReading.Request(background.get(), loaded, allStrokes(), predictor.get(),
                comparePredictor.get(), System.nanoTime());
        Optional<DigitGate> g = gate;
        latest.submit(() -> PadReading.of(r, g), result -> publish(r, result));
    }

    /** Sets up-to-date last, so whoever waits for it finds the answer it stands for already in place. */
    private void publish(PadReading.Request r, PadReading result) {
        latencyMillis.set((System.nanoTime() - r.startedNanos()) / 1e6);
        networkInput.set(result.input().orElse(null));
        padInk.set(result.input().isPresent() ? result.ink() : null);
        verdict.set(result.verdict().orElse(null));
        prediction.set(result.prediction().orElse(null));
        comparison.set(result.compared().orElse(null));
        describe(result);
        upToDate.set(latest.upToDate());
    }

    private void publishEmpty() {
        error.set(null);
        networkInput.set(null);
        padInk.set(null);
        verdict.set(null);
        prediction.set(null);
        comparison.set(null);
        headline.set("");
        detail.set(EMPTY_TEXT);
        upToDate.set(true);
    }

    private void describe(PadReading result) {
        error.set(result.error());
        AnswerText text = AnswerText.of(result.error(), result.input().isPresent(), result.verdict());
        headline.set(text.headline());
        detail.set(text.detail());
    }

    public ObservableList<Stroke> strokes() {
        return readOnlyStrokes;
    }

    /** The stroke being drawn, for the view's incremental painting. */
    public List<Stroke.Point> currentStroke() {
        return List.copyOf(current);
    }

    public DoubleProperty brushProperty() {
        return brush;
    }

    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** A second model to read every drawing with, for comparison (null: none). */
    public ObjectProperty<Predictor> comparePredictorProperty() {
        return comparePredictor;
    }

    /** The comparison model's answer to the drawing on show (null when not comparing or nothing to read). */
    public ReadOnlyObjectProperty<Prediction> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** True when both models answered the drawing on show and name different digits. */
    public boolean disagree() {
        return prediction.get() != null && comparison.get() != null
                && prediction.get().digit() != comparison.get().digit();
    }

    public ReadOnlyObjectProperty<GrayImage> backgroundProperty() {
        return background.getReadOnlyProperty();
    }

    /** Gives the pad the "is it a digit at all" network; the next drawing is judged with it. FX thread. */
    public void useGate(DigitGate loaded) {
        gate = Optional.of(loaded);
        requestPrediction();
    }

    /** True once {@link #useGate} gave the pad its gate. */
    public boolean hasGate() {
        return gate.isPresent();
    }

    /** The answer on show: digit, not sure or not a digit (null when there is nothing to read). */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> networkInputProperty() {
        return networkInput.getReadOnlyProperty();
    }

    /** The pad's ink (strokes over any loaded image) that the network input was made from; null when blank. */
    public ReadOnlyObjectProperty<GrayImage> inkProperty() {
        return padInk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** True when the answer on show is for the drawing as it is now (no newer request is pending). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    /** Why the last drawing could not be read (null when it could); the pad stays usable either way. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Milliseconds from the last request (e.g. mouse release) to its answer being published. */
    public ReadOnlyDoubleProperty latencyMillisProperty() {
        return latencyMillis.getReadOnlyProperty();
    }
}
