package app.digitpad.ui.explain;

import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.IoMessages;
import app.digitpad.explain.LearningTimeline;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.LatestRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
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
 * The learning timeline on the Explain tab: the epochs of the run the model in use came from, and the
 * current drawing's answer at the epoch the slider is on. Checkpoints load on the worker, lazily, latest
 * request wins; nothing runs while the tab is hidden. Commands and properties belong to the FX thread.
 */
public final class TimelineModel {

    private final Executor worker;
    private final Executor fx;
    private final CheckpointLoader loader;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<ActiveModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> input = new SimpleObjectProperty<>();
    private final IntegerProperty position = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<List<Integer>> epochs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LearningTimeline.Point> point = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private LearningTimeline timeline;
    private ActiveModel timelineOf;
    private final LatestRequest latest;

    public TimelineModel(Executor worker, Executor fx, CheckpointLoader loader) {
        this.worker = worker;
        this.fx = fx;
        this.latest = new LatestRequest(worker, fx, false);
        this.loader = loader;
        open.addListener((obs, was, now) -> request());
        model.addListener((obs, old, now) -> request());
        input.addListener((obs, old, now) -> request());
        position.addListener((obs, old, now) -> request());
    }

    /** The answer at an epoch, or why that epoch's checkpoint could not be loaded. */
    private record Answer(LearningTimeline.Point point, String error) {
    }

    private void request() {
        latest.cancel();
        ActiveModel m = model.get();
        float[] x = input.get();
        if (!open.get() || m == null) {
            return;
        }
        if (m != timelineOf) {
            timelineOf = m;
            timeline = null;
            epochs.set(List.of());
            point.set(null);
            worker.execute(() -> find(m));
            return;
        }
        if (timeline == null || x == null) {
            point.set(null);
            return;
        }
        LearningTimeline t = timeline;
        int at = Math.max(0, Math.min(position.get(), t.checkpoints().size() - 1));
        latest.submit(() -> {
            try {
                return new Answer(t.at(at, x), null);
            } catch (CheckpointException e) {
                return new Answer(null, "Could not load that epoch's checkpoint: " + IoMessages.describe(e));
            }
        }, answer -> {
            if (answer.error() != null) {
                status.set(answer.error());
            } else {
                point.set(answer.point());
                status.set(describe(t, answer.point()));
            }
        });
    }

    /** Lists the model's run on the worker, then starts at the model's own epoch. */
    private void find(ActiveModel m) {
        try {
            LearningTimeline t = LearningTimeline.of(m.checkpoint(), loader);
            int own = Math.max(0, t.checkpoints().stream().map(c -> c.file().toAbsolutePath()).toList()
                    .indexOf(m.checkpoint().file().toAbsolutePath()));
            fx.execute(() -> {
                if (timelineOf == m) {
                    timeline = t;
                    epochs.set(t.epochs());
                    if (position.get() == own) {
                        request();
                    } else {
                        position.set(own);
                    }
                }
            });
        } catch (IOException e) {
            fx.execute(() -> status.set("Could not list the model's run: " + IoMessages.describe(e)));
        }
    }

    private static String describe(LearningTimeline t, LearningTimeline.Point p) {
        String epoch = p.epoch() < 0 ? "this model (its epoch is not recorded)" : "after epoch " + p.epoch();
        String answer = String.format(java.util.Locale.ROOT, "%s it read %d (%.1f%%)", epoch, p.prediction().digit(),
                100 * p.prediction().confidence());
        return t.checkpoints().size() == 1
                ? answer + ". Its folder holds no other epoch of the run: train one to see the timeline"
                : answer + " — " + t.checkpoints().size() + " checkpoints of its run in " + p.checkpoint().getParent();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<ActiveModel> modelProperty() {
        return model;
    }

    /** The 28x28 input whose answers are shown (bound to the pad's). */
    public ObjectProperty<float[]> inputProperty() {
        return input;
    }

    /** Which of {@link #epochsProperty}'s checkpoints is shown (the slider). */
    public IntegerProperty positionProperty() {
        return position;
    }

    /** The run's epochs, oldest first (one entry, -1, for a model without a recorded epoch). */
    public ReadOnlyObjectProperty<List<Integer>> epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LearningTimeline.Point> pointProperty() {
        return point.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
