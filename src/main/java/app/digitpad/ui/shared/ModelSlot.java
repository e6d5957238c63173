package app.digitpad.ui.shared;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.IoMessages;
import app.digitpad.inference.Predictor;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * One place a model can sit in the app (the drawing model, the model it is compared with). Loading is
 * latest-wins: when the user picks a second file before the first has loaded, only the second may land,
 * whichever finishes first. Only a fully loaded and validated model replaces the current one. Commands and
 * properties belong to the FX thread; loading itself runs on the background executor.
 */
public final class ModelSlot {

    private final String name;
    private final CheckpointLoader loader;
    private final Executor background;
    private final ReadOnlyObjectWrapper<ActiveModel> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long requested;
    private Task<ActiveModel> inFlight;

    /** {@code name} says which slot an error is about ("drawing", "comparison"). */
    ModelSlot(String name, CheckpointLoader loader, Executor background) {
        this.name = name;
        this.loader = loader;
        this.background = background;
    }

    /**
     * Loads a model file in the background; on success it becomes this slot's model unless a newer
     * request was made meanwhile. {@code onLoaded} and {@code onError} run on the FX thread for the
     * request that counts.
     */
    Task<ActiveModel> load(Path file, Consumer<ActiveModel> onLoaded, Consumer<String> onError) {
        long ticket = ++requested;
        if (inFlight != null) {
            inFlight.cancel(false);
        }
        Task<ActiveModel> task = new Task<>() {
            @Override
            protected ActiveModel call() throws Exception {
                Checkpoint.Loaded loaded = loader.load(file, false);
                return new ActiveModel(new Predictor(loaded.network(), file.toString()), loaded.checkpoint(), loaded.note());
            }
        };
        inFlight = task;
        loading.set(true);
        task.setOnSucceeded(e -> {
            if (ticket == requested) {
                finish();
                active.set(task.getValue());
                onLoaded.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (ticket == requested) {
                finish();
                onError.accept("Could not open model " + file.getFileName() + ":\n" + IoMessages.describe(task.getException()));
            }
        });
        background.execute(task);
        return task;
    }

    private void finish() {
        loading.set(false);
        inFlight = null;
    }

    /** Empties the slot (e.g. comparison switched off); a load still running no longer counts. */
    public void clear() {
        requested++;
        finish();
        active.set(null);
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<ActiveModel> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
