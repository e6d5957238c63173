package app.digitpad.ui;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.inference.Predictor;
import app.digitpad.ui.models.RecentModels;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * App-wide state shared by the tabs: the active model and its loading. A model is loaded and validated
 * in a background {@link Task}; only a fully loaded model replaces the current one, so a bad file costs
 * the user an error message and nothing else.
 */
public final class AppModel {

    private final CheckpointLoader loader;
    private final RecentModels recent;
    private final Executor background;
    private final ReadOnlyObjectWrapper<ActiveModel> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public AppModel(CheckpointLoader loader, RecentModels recent, Executor background) {
        this.loader = loader;
        this.recent = recent;
        this.background = background;
    }

    /** Loads a model file in the background; on success it becomes active and joins the recent list. */
    public Task<ActiveModel> load(Path file) {
        Task<ActiveModel> task = new Task<>() {
            @Override
            protected ActiveModel call() throws Exception {
                Checkpoint.Loaded loaded = loader.load(file, false);
                return new ActiveModel(new Predictor(loaded.network(), file.toString()), loaded.checkpoint());
            }
        };
        loading.set(true);
        task.setOnSucceeded(e -> {
            loading.set(false);
            active.set(task.getValue());
            recent.add(file);
        });
        task.setOnFailed(e -> {
            loading.set(false);
            reportError("Could not open model " + file.getFileName() + ":\n" + task.getException().getMessage());
        });
        background.execute(task);
        return task;
    }

    /** Makes an already loaded network active (a training run's checkpoint, for example). */
    public void use(Checkpoint.Loaded loaded) {
        active.set(new ActiveModel(new Predictor(loaded.network(), loaded.checkpoint().file().toString()),
                loaded.checkpoint()));
    }

    /** Publishes an error for the view to show; repeated messages still notify. */
    public void reportError(String message) {
        error.set(null);
        error.set(message);
    }

    public RecentModels recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<ActiveModel> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
