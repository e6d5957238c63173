package app.digitpad.ui.explain;

import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistLoader;
import app.digitpad.explain.Explainer;
import app.digitpad.explain.Explanation;
import app.digitpad.explain.NearestDigits;
import app.digitpad.explain.NearestSource;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkShape;
import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReading;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.LatestRequest;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Explain tab's state. While the tab is shown, each new drawing (the pad's ink, after its answer) is
 * explained on the explain executor, latest request wins; while it is hidden nothing is computed, so the
 * pad costs what it did before. Changing only the evidence digit redoes only the saliency. The nearest
 * training digits need the model's index, built once per model on the index executor (the status says
 * how far). With Number mode on it explains one digit of the number read (the weakest, or the one picked)
 * from the very ink the number reader normalized, with that reader's verdict. The explainer owns its copy
 * of the model. Commands and properties belong to the FX thread.
 */
public final class ExplainModel {

    /**
     * What the tab says with Number mode off and nothing on the digit pad: it explains that pad's drawing.
     */
    public static final String NOTHING_YET = "Nothing to explain yet: draw a digit on the Draw tab's digit pad.";
    /** The same with Number mode on: a number's digits are explained one at a time, once one is read. */
    public static final String NO_NUMBER_YET = "Nothing to explain yet: write a number on the Draw tab's number pad, "
            + "then pick one of its digits here.";

    private final Executor indexer;
    private final Executor fx;
    private final NearestSource nearestSource;
    private final Supplier<Path> dataFolder;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<GrayImage> ink = new SimpleObjectProperty<>();
    private final BooleanProperty numberMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<NumberReading> number = new SimpleObjectProperty<>();
    private final IntegerProperty place = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ActiveModel> model = new SimpleObjectProperty<>();
    private final IntegerProperty saliencyDigit = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    /** The not-a-digit gate once it is loaded (set on the FX thread, read by the worker). */
    private volatile Optional<DigitGate> gate = Optional.empty();
    private final ReadOnlyObjectWrapper<NearestDigits> index = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper nearestStatus = new ReadOnlyStringWrapper("");
    private Explainer explainer;
    private Predictor explained;
    private final LatestRequest latest;
    /** The model the index is for or being built for (written on the FX thread, read by the indexer). */
    private volatile ActiveModel indexFor;
    /** The MNIST folder that index came (or failed to come) from: another folder is tried again. FX thread. */
    private Path indexData;
    /** What the shown explanation was made for (FX thread), so showing the tab again does not redo it. */
    private Predictor shownPredictor;
    private NearestDigits shownIndex;

    /**
     * {@code worker}: where explanations are computed; {@code indexer}: where a model's nearest-digit index
     * is built (tens of seconds the first time); {@code fx}: how results come back to the FX thread;
     * {@code dataFolder}: where MNIST is (read on the FX thread).
     */
    public ExplainModel(Executor worker, Executor indexer, Executor fx, NearestSource nearestSource,
                        Supplier<Path> dataFolder) {
        this.latest = new LatestRequest(worker, fx, false);
        this.indexer = indexer;
        this.fx = fx;
        this.nearestSource = nearestSource;
        this.dataFolder = dataFolder;
        open.addListener((obs, was, now) -> request());
        ink.addListener((obs, old, now) -> newSubject());
        numberMode.addListener((obs, old, now) -> newSubject());
        number.addListener((obs, old, now) -> {
            int weakest = now == null ? -1 : now.weakest();
            if (place.get() != weakest) {
                place.set(weakest);
            } else {
                newSubject();
            }
        });
        place.addListener((obs, old, now) -> newSubject());
        model.addListener((obs, old, now) -> request());
        saliencyDigit.addListener((obs, old, now) -> request());
        index.addListener((obs, old, now) -> request());
    }

    /** What the worker made of a drawing: its explanation (empty when blank) and the verdict on it. */
    private record Made(Optional<Explanation> explanation, Verdict verdict) {
    }

    private void newSubject() {
        saliencyDigit.set(-1);
        request();
    }

    /** With Number mode on, the picked digit of the number read (null before one is read); else null. */
    private DigitReading numberDigit() {
        NumberReading read = number.get();
        int k = place.get();
        return numberMode.get() && read != null && k >= 0 && k < read.digits().size() ? read.digits().get(k) : null;
    }

    /** The ink explained: the picked digit of the number with Number mode on, else the digit pad's. */
    private GrayImage subject() {
        DigitReading digit = numberDigit();
        return digit != null ? digit.ink() : numberMode.get() ? null : ink.get();
    }

    private void request() {
        GrayImage source = subject();
        DigitReading ofNumber = numberDigit();
        ActiveModel m = model.get();
        if (open.get() && m != null) {
            ensureIndex(m);
        }
        if (!open.get() || source == null || m == null) {
            latest.cancel();
            if (source == null || m == null) {
                verdict.set(null);
                explanation.set(null);
            }
            return;
        }
        Predictor p = m.predictor();
        int digit = saliencyDigit.get();
        NearestDigits nearest = index.get();
        Explanation shown = explanation.get();
        boolean sameDrawing = shown != null && shown.source() == source && p == shownPredictor;
        int target = digit < 0 && shown != null ? shown.prediction().digit() : digit;
        if (sameDrawing && target == shown.saliencyDigit() && nearest == shownIndex) {
            latest.cancel();
            return;
        }
        latest.submit(() -> {
            Explainer e = explainerFor(p);
            Optional<Explanation> made = !sameDrawing ? Explanation.of(e, source, digit, nearest)
                    : Optional.of(target != shown.saliencyDigit() ? shown.withSaliencyFor(e, digit).withNeighbours(e, nearest)
                    : shown.withNeighbours(e, nearest));
            return new Made(made, made.map(x -> ofNumber != null ? ofNumber.verdict()
                    : Verdict.judge(InkShape.of(source).orElseThrow(), x.input(), p, gate)).orElse(null));
        }, made -> {
            shownPredictor = p;
            shownIndex = nearest;
            verdict.set(made.verdict());
            explanation.set(made.explanation().orElse(null));
        });
    }

    /** Starts building (or reading) the nearest-digit index, once per model and MNIST folder. FX thread. */
    private void ensureIndex(ActiveModel m) {
        Path data = dataFolder.get();
        if (indexFor == m && java.util.Objects.equals(data, indexData)) {
            return;
        }
        indexFor = m;
        indexData = data;
        index.set(null);
        if (!m.predictor().layered()) {
            nearestStatus.set("Feature maps and the nearest training digits need the model's layers: " + m.fileName()
                    + " is an ONNX graph, whose layers run inside ONNX Runtime. The evidence and robustness still apply.");
            return;
        }
        nearestStatus.set("Nearest training digits: reading MNIST from " + data + " …");
        indexer.execute(() -> {
            try {
                Optional<NearestDigits> built = nearestSource.obtain(data, m.checkpoint().file(), explainerFor(m.predictor()),
                        (what, done, total) -> status(m, String.format(Locale.ROOT, "Nearest training digits: %s, %,d of %,d …",
                                what, done, total)), () -> indexFor != m);
                built.ifPresent(n -> fx.execute(() -> {
                    if (indexFor == m) {
                        nearestStatus.set(String.format(Locale.ROOT, "The %d training digits closest to the drawing "
                                + "in this model's last hidden layer (of %,d)", NearestDigits.SHOWN, n.count()));
                        index.set(n);
                    }
                }));
            } catch (MnistLoader.MissingDataException e) {
                status(m, "Nearest training digits need MNIST's training images: " + e.missingWhere()
                        + " (choose its folder on the Train tab, or download it there)");
            } catch (IOException | RuntimeException e) {
                status(m, "Nearest training digits are not available: " + IoMessages.describe(e));
            }
        });
    }

    private void status(ActiveModel m, String text) {
        fx.execute(() -> {
            if (indexFor == m) {
                nearestStatus.set(text);
            }
        });
    }

    /** The explainer for this model, made once per model (worker or indexer thread). */
    private synchronized Explainer explainerFor(Predictor p) {
        if (explained != p) {
            explainer = new Explainer(p.copyOfNetwork());
            explained = p;
        }
        return explainer;
    }

    /** Uses the not-a-digit gate for the verdict shown above the explanation, as the pad does (FX thread). */
    public void useGate(DigitGate loaded) {
        gate = Optional.of(loaded);
        request();
    }

    /** The pad's verdict on the explained drawing (digit, not sure, or not a digit), set with each explanation. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    /** Number mode on: the number's digits are explained instead of the digit pad's drawing (bound to the page). */
    public BooleanProperty numberModeProperty() {
        return numberMode;
    }

    /** The number pad's reading (bound to it); its weakest digit is picked each time it changes. */
    public ObjectProperty<NumberReading> numberProperty() {
        return number;
    }

    /**
     * Which digit of the number is explained (0 the first), with the number reader's own verdict on it, so the
     * tab never answers otherwise than the number pad.
     */
    public IntegerProperty placeProperty() {
        return place;
    }

    /** Whether there is anything to explain (with Number mode on, a number read; else a drawing). */
    public boolean hasSubject() {
        return subject() != null;
    }

    /** What is explained now, in words, for the tab's title. */
    public String subjectText() {
        DigitReading digit = numberDigit();
        return digit == null ? (numberMode.get() ? "The number on the Draw tab" : "The drawing on the Draw tab")
                : "Digit " + (place.get() + 1) + " of " + number.get().digits().size() + " of the number "
                + number.get().number() + " on the Draw tab";
    }

    /** The ink to explain, as drawn (bound to the pad's). */
    public ObjectProperty<GrayImage> inkProperty() {
        return ink;
    }

    /** The model in use: its predictor and its checkpoint file (for the nearest-digit index). */
    public ObjectProperty<ActiveModel> modelProperty() {
        return model;
    }

    /** Whose evidence the saliency shows: -1 for the answer, else that digit. */
    public IntegerProperty saliencyDigitProperty() {
        return saliencyDigit;
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The model's nearest-digit index, null until it is built. */
    public ReadOnlyObjectProperty<NearestDigits> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Where the nearest-digit index stands, in words. */
    public ReadOnlyStringProperty nearestStatusProperty() {
        return nearestStatus.getReadOnlyProperty();
    }
}
