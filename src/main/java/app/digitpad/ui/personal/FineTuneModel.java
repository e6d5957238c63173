package app.digitpad.ui.personal;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistLoader;
import app.digitpad.model.Architectures;
import app.digitpad.personal.FineTuner;
import app.digitpad.personal.PersonalData;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.RunSwitch;
import app.digitpad.training.TrainingEvent;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.EventRelay;
import app.digitpad.ui.shared.MnistAccess;
import app.digitpad.ui.shared.RunProgress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;

/**
 * "Teach it my handwriting": fine-tunes the drawing model on the personal set in a background task, with
 * progress, then offers the before/after figures and one command to draw with the child. The parent file is
 * only read; the child goes to a fresh run folder. Commands and properties belong to the FX thread.
 */
public final class FineTuneModel {

    /** Where a fine-tune is. */
    public enum State { IDLE, RUNNING, DONE, STOPPED, FAILED }

    /** What Teach says with no digits of the user's own yet: how to make some, not an error. */
    public static final String NOTHING_TO_TEACH = "Nothing to teach yet: draw a digit on the Draw tab and click "
            + "\"It's a\" and its digit (or press Ctrl+0...9) to save it here, then teach.";

    /** The personal set holds no digit (or was never made): nothing is started, and nothing is wrong. */
    private static final class NothingToTeach extends Exception {
        NothingToTeach() {
            super(NOTHING_TO_TEACH);
        }
    }

    /** Test digits per distortion in the before/after drawn benchmark: enough to see a change, quick. */
    static final int DRAWN_DIGITS = 300;

    private final PersonalModel personal;
    private final AppModel app;
    private final Function<MnistLoader.MissingDataException, String> missingData;
    private final MnistAccess mnist;
    private final ReadOnlyBooleanWrapper needsMnist = new ReadOnlyBooleanWrapper();
    private final Path runsFolder;
    private final PreparedCache cache;
    private final Executor background;
    private final FineTuner tuner;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<FineTuner.Result> result = new ReadOnlyObjectWrapper<>();
    private final RunProgress charts = new RunProgress();
    private final IntegerProperty epochs = new SimpleIntegerProperty(FineTune.STANDARD_EPOCHS);
    /** The recipe of the run going on or last started. FX thread. */
    private FineTune recipe = FineTune.standard();
    private RunSwitch control;
    /** The model the last fine-tune started from (the parent of {@link #resultProperty}'s child). FX thread. */
    private Path parentOfResult;

    /**
     * {@code mnist}: MNIST for replay and measuring (the Training tab's folder, and how to get it when it is
     * missing); {@code missingData}: the app's advice when it is not there.
     */
    public FineTuneModel(PersonalModel personal, AppModel app, MnistAccess mnist,
                         Function<MnistLoader.MissingDataException, String> missingData, Path runsFolder,
                         PreparedCache cache, Executor background, Architectures architectures, String appVersion) {
        this.missingData = missingData;
        this.personal = personal;
        this.app = app;
        this.mnist = mnist;
        this.runsFolder = runsFolder;
        this.cache = cache;
        this.background = background;
        this.tuner = new FineTuner(architectures, new CheckpointLoader(), appVersion);
    }

    /** Fine-tunes the drawing model on the personal set (ignored while one runs or no model is loaded). */
    public Task<FineTuner.Result> start() {
        ActiveModel parent = app.activeProperty().get();
        if (parent == null || state.get() == State.RUNNING) {
            return null;
        }
        if (!parent.predictor().layered()) {
            status.set("Teaching trains the drawing model's layers, and " + parent.fileName() + " is an ONNX graph that "
                    + "ONNX Runtime runs as exported. Draw with a DigitPad or Keras model to teach it your handwriting.");
            return null;
        }
        Path parentFile = parent.checkpoint().file();
        parentOfResult = parentFile;
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-finetune";
        MnistData replay = new MnistData(new MnistLoader(mnist.folder().get()), cache);
        RunSwitch runSwitch = new RunSwitch();
        control = runSwitch;
        FineTune run = FineTune.standard().withEpochs(Math.max(1, Math.min(FineTune.MAX_EPOCHS, epochs.get())));
        recipe = run;
        FineTuner.plannedConfig(parent.checkpoint(), run, 1).ifPresent(charts::begin);
        EventRelay relay = new EventRelay(events -> events.forEach(this::show));
        state.set(State.RUNNING);
        needsMnist.set(false);
        result.set(null);
        progress.set(-1);
        status.set("Reading your digits …");
        Task<FineTuner.Result> task = new Task<>() {
            @Override
            protected FineTuner.Result call() throws Exception {
                Path folder = personal.set().folder();
                if (!PersonalSet.isPersonalSet(folder) || personal.set().digits().isEmpty()) {
                    throw new NothingToTeach();
                }
                PersonalData data = PersonalData.open(folder);
                try {
                    return tuner.run(new FineTuner.Request(parentFile, data, replay, run, 1,
                            resume -> RunFolder.createFresh(runsFolder, name), DRAWN_DIGITS), relay, runSwitch);
                } finally {
                    relay.flush();
                }
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof NothingToTeach) {
                state.set(State.IDLE);
                status.set(NOTHING_TO_TEACH);
                return;
            }
            if (error instanceof MnistLoader.MissingDataException missing) {
                status.set("Teaching mixes your digits with MNIST's, which is not here yet (" + missing.missingWhere()
                        + "): download it (11 MB) or choose the folder that has it, and the teaching goes on.");
                needsMnist.set(true);
                state.set(State.FAILED);
                return;
            }
            String why = IoMessages.describe(error);
            state.set(State.FAILED);
            status.set("Fine-tune failed: " + why);
            app.reportError("Fine-tune failed: " + why);
        });
        background.execute(task);
        return task;
    }

    /** Epochs the next teaching adds to the drawing model's, 1 to {@link FineTune#MAX_EPOCHS}. FX thread. */
    public IntegerProperty epochsProperty() {
        return epochs;
    }

    /** MNIST was missing when teaching started: the view offers to download it or choose its folder. */
    public ReadOnlyBooleanProperty needsMnistProperty() {
        return needsMnist.getReadOnlyProperty();
    }

    /** Downloads MNIST into the Train tab's folder, then teaches; a failed download is reported as on Train. */
    public Task<Void> downloadMnistThenTeach() {
        Task<Void> download = mnist.download().get();
        status.set("Downloading MNIST (11 MB) …");
        download.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            needsMnist.set(false);
            start();
        });
        return download;
    }

    /** Uses this folder for MNIST (the Train tab's too), then teaches. */
    public Task<FineTuner.Result> chooseMnistThenTeach(Path folder) {
        mnist.choose().accept(folder);
        needsMnist.set(false);
        return start();
    }

    /** Events arrive in batches on the FX thread: the charts, the bar and the status line follow them. */
    private void show(TrainingEvent e) {
        if (state.get() != State.RUNNING) {
            return;
        }
        charts.show(e);
        String text;
        double fraction;
        if (e instanceof TrainingEvent.Iteration it) {
            int count = recipe.epochs();
            int done = it.epoch() - (it.totalEpochs() - count) - 1;
            fraction = (done + (double) it.iteration() / it.iterationsPerEpoch()) / count;
            text = String.format(Locale.ROOT, "Epoch %d · step %d/%d · loss %.4f", it.epoch(), it.iteration(),
                    it.iterationsPerEpoch(), it.loss());
        } else if (e instanceof TrainingEvent.Preparing p) {
            fraction = -1;
            text = p.message();
        } else {
            return;
        }
        progress.set(fraction);
        status.set(text);
    }

    private void finished(FineTuner.Result r) {
        if (r.childFile() == null) {
            state.set(State.STOPPED);
            status.set("Stopped; the drawing model is unchanged.");
            return;
        }
        if (!r.measured()) {
            state.set(State.STOPPED);
            status.set("Stopped while measuring; the fine-tuned model is kept as " + r.childFile().getFileName()
                    + " in " + r.childFile().getParent().getFileName() + " (Models tab).");
            return;
        }
        result.set(r);
        progress.set(1);
        state.set(State.DONE);
        status.set("Done: " + r.childFile().getFileName() + " in " + r.childFile().getParent().getFileName());
    }

    /** Stops between two steps; nothing is saved of an unfinished fine-tune. */
    public void stop() {
        if (state.get() == State.RUNNING) {
            control.stop();
            status.set("Stopping …");
        }
    }

    /** Makes the child the drawing model (loaded into the pad's own copy). */
    public void useChild() {
        FineTuner.Result r = result.get();
        if (r != null) {
            app.load(r.childFile());
        }
    }

    /**
     * Draws with the parent and reads every drawing with the child too, side by side: the parent is loaded
     * again when the child (or another model) took its place on the pad meanwhile, so the two compared are
     * always parent and child, never the child with itself.
     */
    public void compareWithChild() {
        FineTuner.Result r = result.get();
        if (r == null || parentOfResult == null) {
            return;
        }
        ActiveModel drawing = app.activeProperty().get();
        if (drawing == null || !drawing.checkpoint().file().equals(parentOfResult)) {
            app.load(parentOfResult);
        }
        app.loadComparison(r.childFile());
    }

    /** Loss and accuracy per epoch of the fine-tune, for the same charts as the Training tab. */
    public RunProgress charts() {
        return charts;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1, or negative while there is no count (the bar then shows it is busy). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FineTuner.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
