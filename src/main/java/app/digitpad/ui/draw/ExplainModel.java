package app.digitpad.ui.draw;

import app.digitpad.explain.Explainer;
import app.digitpad.explain.Explanation;
import app.digitpad.inference.Predictor;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Explain pane's state. While the pane is open, each new network input (the pad's, after its answer)
 * is explained on the worker executor, latest request wins; while it is closed nothing is computed, so
 * the pad costs what it did before. The explainer owns its copy of the model. Commands and properties
 * belong to the FX thread.
 */
public final class ExplainModel {

    private final Executor worker;
    private final Executor fx;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<float[]> input = new SimpleObjectProperty<>();
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>();
    private final IntegerProperty saliencyDigit = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private Explainer explainer;
    private Predictor explained;
    private long requested;
    /** What the shown explanation was made for (FX thread), so reopening the tab does not redo it. */
    private Predictor shownPredictor;
    private int shownDigit;

    /** {@code worker}: where explanations are computed; {@code fx}: how they come back to the FX thread. */
    public ExplainModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
        open.addListener((obs, was, now) -> request());
        input.addListener((obs, old, now) -> request());
        predictor.addListener((obs, old, now) -> request());
        saliencyDigit.addListener((obs, old, now) -> request());
    }

    private void request() {
        long ticket = ++requested;
        float[] x = input.get();
        Predictor p = predictor.get();
        if (!open.get() || x == null || p == null) {
            if (x == null || p == null) {
                explanation.set(null);
            }
            return;
        }
        int digit = saliencyDigit.get();
        Explanation shown = explanation.get();
        if (shown != null && shown.input() == x && p == shownPredictor && digit == shownDigit) {
            return;
        }
        worker.execute(() -> {
            if (ticket != requested) {
                return;
            }
            Explanation e = Explanation.of(explainerFor(p), x, digit);
            fx.execute(() -> {
                if (ticket == requested) {
                    shownPredictor = p;
                    shownDigit = digit;
                    explanation.set(e);
                }
            });
        });
    }

    /** The explainer for this model, made once per model (worker thread). */
    private synchronized Explainer explainerFor(Predictor p) {
        if (explained != p) {
            explainer = new Explainer(p.copyOfNetwork());
            explained = p;
        }
        return explainer;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    /** The 28x28 input to explain (bound to the pad's). */
    public ObjectProperty<float[]> inputProperty() {
        return input;
    }

    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** Whose evidence the saliency shows: -1 for the answer, else that digit. */
    public IntegerProperty saliencyDigitProperty() {
        return saliencyDigit;
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
