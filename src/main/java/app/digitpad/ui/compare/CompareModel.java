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
import app.digitpad.ui.shared.MnistAccess;
import java.nio.file.Path;
import java.util.concurrent.Executor;
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
    private final MnistAccess mnist;
    private final PreparedCache cache;
    private final PersonalSet personalSet;
    private final Executor background;
    private final CheckpointLoader loader = new CheckpointLoader();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsMnist = new ReadOnlyBooleanWrapper();

    /** {@code mnist}: the Train tab's MNIST folder, and how to get MNIST when it is not there. */
    public CompareModel(AppModel app, MnistAccess mnist, PreparedCache cache, PersonalSet personalSet,
                        Executor background) {
        this.app = app;
        this.mnist = mnist;
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
        Path folder = mnist.folder().get();
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
            if (first == app.activeProperty().get() && second == app.comparison().activeProperty().get()) {
                result.set(task.getValue());
            }
            busy.set(false);
        });
        task.setOnFailed(e -> {
            busy.set(false);
            if (task.getException() instanceof MnistLoader.MissingDataException) {
                needsMnist.set(true);
                return;
            }
            app.reportError("Could not compare the models: " + IoMessages.describe(task.getException()));
        });
        background.execute(task);
        return task;
    }

    /** MNIST was not there when finding started: the view offers to download it or choose its folder. */
    public ReadOnlyBooleanProperty needsMnistProperty() {
        return needsMnist.getReadOnlyProperty();
    }

    /** Downloads MNIST into the Train tab's folder, then finds the disagreements. */
    public Task<Void> downloadMnistThenFind() {
        Task<Void> download = mnist.download().get();
        download.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            needsMnist.set(false);
            find();
        });
        return download;
    }

    /** Uses this folder for MNIST (the Train tab's too), then finds the disagreements. */
    public Task<Result> chooseMnistThenFind(Path folder) {
        mnist.choose().accept(folder);
        needsMnist.set(false);
        return find();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
