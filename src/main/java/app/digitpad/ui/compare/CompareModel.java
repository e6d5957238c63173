package app.digitpad.ui.compare;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Disagreements;
import app.digitpad.personal.PersonalData;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.training.MnistData;
import app.digitpad.training.TrainingData;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.AppModel;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * "Where they disagree": the drawing model and the comparison model run over MNIST's test digits and the
 * personal set, listing what only one of them reads right. Both models are loaded again for the task (the
 * pad keeps its own copies). Commands and properties belong to the FX thread; the work runs in the background.
 */
public final class CompareModel {

    /** The two sets compared, each with its digits (preprocessed) for showing a case. */
    public record Result(String first, String second, MnistSet mnist, Disagreements.Report onMnist,
                         MnistSet personal, Disagreements.Report onPersonal) {
    }

    private final AppModel app;
    private final Supplier<Path> mnistFolder;
    private final PreparedCache cache;
    private final PersonalSet personalSet;
    private final Executor background;
    private final CheckpointLoader loader = new CheckpointLoader();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public CompareModel(AppModel app, Supplier<Path> mnistFolder, PreparedCache cache, PersonalSet personalSet,
                        Executor background) {
        this.app = app;
        this.mnistFolder = mnistFolder;
        this.cache = cache;
        this.personalSet = personalSet;
        this.background = background;
        app.activeProperty().addListener((obs, old, now) -> result.set(null));
        app.comparison().activeProperty().addListener((obs, old, now) -> result.set(null));
    }

    /** Compares the drawing model with the comparison model (ignored unless both are loaded). */
    public Task<Result> find() {
        ActiveModel first = app.activeProperty().get();
        ActiveModel second = app.comparison().activeProperty().get();
        if (first == null || second == null || busy.get()) {
            return null;
        }
        Path folder = mnistFolder.get();
        busy.set(true);
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() throws Exception {
                var a = loader.load(first.checkpoint().file(), false).network();
                var b = loader.load(second.checkpoint().file(), false).network();
                MnistSet mnist = new MnistData(new MnistLoader(folder), cache).test(null, TrainingData.Progress.NONE);
                MnistSet personal = PersonalSet.isPersonalSet(personalSet.folder()) && !personalSet.digits().isEmpty()
                        ? PersonalData.toSet("personal", PersonalData.open(personalSet.folder()).items()) : null;
                return new Result(first.fileName(), second.fileName(), mnist, Disagreements.find(a, b, mnist),
                        personal, personal == null ? null : Disagreements.find(a, b, personal));
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            if (first == app.activeProperty().get() && second == app.comparison().activeProperty().get()) {
                result.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            busy.set(false);
            app.reportError("Could not compare the models: " + IoMessages.describe(task.getException()));
        });
        background.execute(task);
        return task;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
