package app.digitpad.ui.shared;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.RecentModels;
import app.digitpad.data.IoMessages;
import app.digitpad.model.KerasExport;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * App-wide state shared by the tabs: the model the pad draws with, a second model to compare it with,
 * and the error line. Each model sits in its own {@link ModelSlot} (latest load wins; a bad file costs an
 * error message and nothing else). The recent-models list is written on the background executor, never on
 * the FX thread. Commands and properties belong to the FX thread.
 */
public final class AppModel {

    private final RecentModels recent;
    private final Executor background;
    private final ModelSlot drawing;
    private final ModelSlot comparison;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final Notices notices = new Notices();
    private final ReadOnlyStringWrapper runningWithout = new ReadOnlyStringWrapper("");
    private boolean unpackingNatives;

    public AppModel(CheckpointLoader loader, RecentModels recent, Executor background) {
        this.recent = recent;
        this.background = background;
        this.drawing = new ModelSlot("drawing", loader, background);
        this.comparison = new ModelSlot("comparison", loader, background);
    }

    /** Loads a model file for drawing in the background; on success it becomes active and joins the recent list. */
    public Task<ActiveModel> load(Path file) {
        return load(drawing, file);
    }

    /** Loads a model file into the comparison slot, like {@link #load(Path)}. */
    public Task<ActiveModel> loadComparison(Path file) {
        return load(comparison, file);
    }

    private Task<ActiveModel> load(ModelSlot slot, Path file) {
        return slot.load(file, loaded -> {
            recent.add(file);
            background.execute(recent::save);
            notices.post((slot == drawing ? "Ready: drawing with " : "Comparing with ") + loaded.fileName());
        }, this::reportError);
    }

    /**
     * Writes the drawing model as a Keras 2 HDF5 file in the background ({@link KerasExport}); says on the
     * status line where it went, or why it could not (an ONNX graph, a full disk). Null when no model is in use.
     */
    public Task<Void> exportKeras(Path target) {
        ActiveModel m = activeProperty().get();
        if (m == null) {
            return null;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                KerasExport.write(m.predictor().copyOfNetwork(), target);
                return null;
            }
        };
        task.setOnSucceeded(e -> notices.post("Exported " + m.fileName() + " as a Keras 2 model: " + target));
        task.setOnFailed(e -> reportError("Could not export " + m.fileName() + " as Keras: "
                + IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /**
     * Says that this start unpacks ND4J's native libraries before the first model can load (a first start
     * on this machine), so the status line explains the wait.
     */
    public void setUnpackingNatives(boolean unpacking) {
        unpackingNatives = unpacking;
    }

    /**
     * Says on the status line, for the whole session, what the app runs without (a helper network beside the models,
     * a folder to keep the user's things in) and what that means (FX thread).
     */
    public void reportRunningWithout(String text) {
        runningWithout.set(runningWithout.get().isEmpty() ? text : runningWithout.get() + " · " + text);
    }

    /** What {@link #reportRunningWithout} said, empty when nothing is missing. */
    public ReadOnlyStringProperty runningWithoutProperty() {
        return runningWithout.getReadOnlyProperty();
    }

    /** The status line's model text: the model in use, or what is being waited for; then what the app runs without. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> {
            String missing = runningWithout.get().isEmpty() ? "" : " · " + runningWithout.get();
            ActiveModel m = activeProperty().get();
            if (m != null) {
                return m.statusText() + missing;
            }
            if (!loadingProperty().get()) {
                return "No model loaded" + missing;
            }
            return (unpackingNatives ? "First start: unpacking the native libraries, then loading the model …"
                    : "Loading the model …") + missing;
        }, activeProperty(), loadingProperty(), runningWithout);
    }

    /** Publishes an error for the view to show; repeated messages still notify. */
    public void reportError(String message) {
        error.set(null);
        error.set(message);
    }

    /** What was just done, for the status line; it fades there. */
    public Notices notices() {
        return notices;
    }

    public RecentModels recent() {
        return recent;
    }

    public ModelSlot drawing() {
        return drawing;
    }

    public ModelSlot comparison() {
        return comparison;
    }

    public ReadOnlyObjectProperty<ActiveModel> activeProperty() {
        return drawing.activeProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return drawing.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
