package app.digitpad.ui.train;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.data.MnistDownloader;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.ErrorAnalysis;
import app.digitpad.model.Architectures;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.training.RunSwitch;
import app.digitpad.training.Trainer;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingEvent;
import app.digitpad.training.TrainingResult;
import app.digitpad.ui.AppModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Training tab's run: starts a {@link Trainer} in a background {@link Task}, turns its events into
 * chart points, progress and log lines on the FX thread, and offers pause, resume and stop between steps.
 * The drawing pad is untouched by a run: "use for drawing" loads a checkpoint into its own copy.
 */
public final class TrainModel {

    /** Where a run is; STOPPED and DONE keep the charts for inspection. */
    public enum State { IDLE, RUNNING, PAUSED, STOPPING, DONE, STOPPED, FAILED }

    /** Mistakes kept for the gallery. */
    static final int GALLERY_SIZE = 60;

    /** What a finished run hands back to the FX thread. */
    record Outcome(TrainingResult result, ErrorAnalysis.Report analysis, MnistSet test) {
    }

    private final TrainForm form;
    private final Architectures architectures;
    private final AppModel app;
    private final Path runsFolder;
    private final Executor background;
    private final String appVersion;
    private final RunProgress progress = new RunProgress();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<CheckpointRow> checkpoints = FXCollections.observableArrayList();
    private final ObjectProperty<Path> resumeFrom = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ErrorAnalysis.Report> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> runFolder = new ReadOnlyObjectWrapper<>();
    private MnistSet analysedSet;
    private RunSwitch control;

    /** A row of the run's checkpoint table. */
    public record CheckpointRow(int epoch, double testAccuracy, double testLoss, Path file) {
    }

    public TrainModel(TrainForm form, Architectures architectures, AppModel app, Path runsFolder,
                      Executor background, String appVersion) {
        this.form = form;
        this.architectures = architectures;
        this.app = app;
        this.runsFolder = runsFolder;
        this.background = background;
        this.appVersion = appVersion;
    }

    /** Starts a run with the form's values (ignored while a run is going or the form is invalid). */
    public Task<Outcome> start() {
        TrainingConfig config = form.config().orElse(null);
        if (config == null || isActive()) {
            return null;
        }
        Path folder = runsFolder.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + config.architecture());
        Path data = form.dataFolderProperty().get();
        Path resume = resumeFrom.get();
        RunSwitch runSwitch = new RunSwitch();
        control = runSwitch;
        clearResults();
        runFolder.set(folder);
        progress.begin(config);
        state.set(State.RUNNING);
        log.add("Loading MNIST from " + data + " …");
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() throws Exception {
                return execute(config, data, resume, folder, runSwitch);
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        background.execute(task);
        return task;
    }

    private Outcome execute(TrainingConfig config, Path data, Path resume, Path folder, RunSwitch runSwitch)
            throws Exception {
        MnistLoader loader = new MnistLoader(data);
        MnistSet train = MnistPreprocessor.apply(loader.train());
        MnistSet test = MnistPreprocessor.apply(loader.test());
        Trainer trainer = new Trainer(architectures, appVersion);
        Trainer.Start start = resume == null ? trainer.fresh(config)
                : trainer.resume(new CheckpointLoader().load(resume, true), config);
        Files.createDirectories(folder);
        EventRelay relay = new EventRelay(this::onEvents);
        TrainingResult result = trainer.train(config, start, train, test, new CheckpointStore(folder, config.keepLast()),
                relay, runSwitch);
        relay.flush();
        ErrorAnalysis.Report report = result.stopped() ? null
                : ErrorAnalysis.analyze(start.network(), test, GALLERY_SIZE);
        return new Outcome(result, report, test);
    }

    /** Applies a batch of events on the FX thread. */
    private void onEvents(java.util.List<TrainingEvent> events) {
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Iteration it) {
                progress.iteration(it);
            } else if (e instanceof TrainingEvent.Epoch ep) {
                progress.epoch(ep.metrics());
                log.add(ep.metrics().kerasLine());
            } else if (e instanceof TrainingEvent.CheckpointSaved c) {
                checkpoints.add(new CheckpointRow(c.epoch(), c.metrics().testAccuracy(), c.metrics().testLoss(), c.file()));
                log.add("  saved " + c.file().getFileName());
            }
        }
    }

    private void finished(Outcome outcome) {
        if (outcome.result().stopped()) {
            state.set(State.STOPPED);
            log.add("Stopped after epoch " + outcome.result().lastEpoch() + "; no checkpoint of the unfinished epoch.");
            return;
        }
        analysedSet = outcome.test();
        analysis.set(outcome.analysis());
        state.set(State.DONE);
        log.add(String.format(java.util.Locale.ROOT, "Done: test accuracy %.4f, %d mistakes on %d test images.",
                outcome.analysis().accuracy(), outcome.analysis().count() - outcome.analysis().correct(),
                outcome.analysis().count()));
    }

    private void failed(Throwable error) {
        state.set(State.FAILED);
        log.add("Failed: " + error.getMessage());
        app.reportError("Training stopped: " + error.getMessage());
    }

    private void clearResults() {
        log.clear();
        checkpoints.clear();
        analysis.set(null);
        analysedSet = null;
    }

    public void pause() {
        if (state.get() == State.RUNNING) {
            control.pause();
            state.set(State.PAUSED);
        }
    }

    public void resume() {
        if (state.get() == State.PAUSED) {
            control.resume();
            state.set(State.RUNNING);
        }
    }

    /** Ends the run at the next step; the unfinished epoch leaves no checkpoint. */
    public void stop() {
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
            control.stop();
            state.set(State.STOPPING);
            log.add("Stopping after the current step …");
        }
    }

    public boolean isActive() {
        State s = state.get();
        return s == State.RUNNING || s == State.PAUSED || s == State.STOPPING;
    }

    /** Switches the drawing pad to a checkpoint of this run (loaded into the pad's own copy). */
    public void useForDrawing(CheckpointRow row) {
        app.load(row.file());
    }

    /** Fetches MNIST into the form's data folder with verified checksums. */
    public Task<Void> downloadMnist() {
        Path folder = form.dataFolderProperty().get();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                MnistDownloader.withDefaults().downloadAll(folder, (f, bytes, total) -> {
                    updateMessage(f.gzName());
                    updateProgress(bytes, Math.max(bytes, total));
                });
                return null;
            }
        };
        task.setOnSucceeded(e -> log.add("MNIST downloaded and verified in " + folder));
        task.setOnFailed(e -> app.reportError("Download failed: " + task.getException().getMessage()));
        background.execute(task);
        return task;
    }

    public TrainForm form() {
        return form;
    }

    public RunProgress progress() {
        return progress;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<String> log() {
        return log;
    }

    public ObservableList<CheckpointRow> checkpoints() {
        return checkpoints;
    }

    public ObjectProperty<Path> resumeFromProperty() {
        return resumeFrom;
    }

    public ReadOnlyObjectProperty<ErrorAnalysis.Report> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> runFolderProperty() {
        return runFolder.getReadOnlyProperty();
    }

    /** The (preprocessed) test image behind a mistake, for the gallery and the pad. */
    public float[] testImage(int index) {
        return analysedSet.image(index);
    }
}
