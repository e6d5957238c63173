package app.digitpad.ui.train;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistDownloader;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.ErrorAnalysis;
import app.digitpad.model.Architectures;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.training.MnistData;
import app.digitpad.training.RunSwitch;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingEvent;
import app.digitpad.training.TrainingJob;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.EventRelay;
import app.digitpad.ui.shared.RunProgress;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Training tab's run: runs a {@link TrainingJob} in a background {@link Task}, turns its events into
 * chart points, progress and log lines on the FX thread, and offers pause, resume and stop between steps.
 * The drawing pad is untouched by a run: "use for drawing" loads a checkpoint into its own copy.
 */
public final class TrainModel {

    private static final Logger LOG = LoggerFactory.getLogger(TrainModel.class);

    /** Where a run is; STOPPED and DONE keep the charts for inspection. */
    public enum State { IDLE, RUNNING, PAUSED, STOPPING, DONE, STOPPED, FAILED }

    private final TrainForm form;
    /** The data buttons' labels, which the missing-data advice names. */
    static final String DOWNLOAD_LABEL = "Download MNIST";
    static final String CHOOSE_LABEL = "Choose…";

    private final TrainingJob job;
    private final PreparedCache cache;
    private final AppModel app;
    private final Path runsFolder;
    private final Executor background;
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
                      PreparedCache cache, Executor background, String appVersion) {
        this.cache = cache;
        this.form = form;
        this.job = new TrainingJob(architectures, new CheckpointLoader(), appVersion);
        form.epochs().textProperty().addListener((obs, old, now) -> form.epochs().value().ifPresent(progress::plan));
        form.epochs().value().ifPresent(progress::plan);
        this.app = app;
        this.runsFolder = runsFolder;
        this.background = background;
    }

    /** Starts a run with the form's values (ignored while a run is going or the form is invalid). */
    public Task<TrainingJob.Outcome> start() {
        TrainingConfig config = form.config().orElse(null);
        if (config == null || isActive()) {
            return null;
        }
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + config.architecture();
        Path data = form.dataFolderProperty().get();
        TrainingJob.Request request = new TrainingJob.Request(config, new MnistData(new MnistLoader(data), cache),
                resumeFrom.get(), resume -> RunFolder.createFresh(runsFolder, name), true);
        RunSwitch runSwitch = new RunSwitch();
        control = runSwitch;
        clearResults();
        runFolder.set(null);
        progress.begin(config);
        state.set(State.RUNNING);
        log.add("Loading MNIST from " + data + " …");
        EventRelay relay = new EventRelay(this::onEvents);
        Task<TrainingJob.Outcome> task = new Task<>() {
            @Override
            protected TrainingJob.Outcome call() throws Exception {
                try {
                    return job.run(request, relay, runSwitch);
                } finally {
                    relay.flush();
                }
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        background.execute(task);
        return task;
    }

    /** Applies a batch of events on the FX thread. */
    private void onEvents(java.util.List<TrainingEvent> events) {
        for (TrainingEvent e : events) {
            progress.show(e);
            if (e instanceof TrainingEvent.Started started) {
                runFolder.set(started.folder());
            } else if (e instanceof TrainingEvent.Preparing preparing && preparing.done() == 0) {
                log.add(preparing.message() + (preparing.total() > 0 ? " …" : ""));
            } else if (e instanceof TrainingEvent.Epoch ep) {
                log.add(ep.metrics().kerasLine());
                LOG.info("{}", ep.metrics().kerasLine());
            } else if (e instanceof TrainingEvent.CheckpointSaved c) {
                checkpoints.add(new CheckpointRow(c.epoch(), c.metrics().testAccuracy(), c.metrics().testLoss(), c.file()));
                log.add("  saved " + c.file().getFileName());
            }
        }
    }

    private void finished(TrainingJob.Outcome outcome) {
        if (outcome.result().stopped()) {
            String stopped = "Stopped after epoch " + outcome.result().lastEpoch()
                    + "; no checkpoint of the unfinished epoch.";
            log.add(stopped);
            progress.end(stopped);
            state.set(State.STOPPED);
            return;
        }
        ErrorAnalysis.Report report = outcome.analysis().orElseThrow();
        analysedSet = outcome.test();
        analysis.set(report);
        String done = String.format(java.util.Locale.ROOT, "Done: test accuracy %.4f, %d mistakes on %d test images.",
                report.accuracy(), report.count() - report.correct(), report.count());
        log.add(done);
        progress.end(done);
        state.set(State.DONE);
    }

    /** The state is set last, so whoever waits for it finds the log and the status line already saying why. */
    private void failed(Throwable error) {
        String message = error instanceof MnistLoader.MissingDataException missing
                ? missingData(missing) : IoMessages.describe(error);
        log.add("Failed: " + message);
        progress.end("Failed: " + message);
        state.set(State.FAILED);
        app.reportError("Training stopped: " + message);
    }

    /** The app's own advice for missing MNIST: the Training tab's buttons, not the command line's options. */
    public static String missingData(MnistLoader.MissingDataException e) {
        return e.missingWhere() + ". Click " + DOWNLOAD_LABEL + " to fetch it, or " + CHOOSE_LABEL
                + " to pick a folder that has it (both on the Train tab).";
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
        task.setOnFailed(e -> app.reportError("Download failed: " + IoMessages.describe(task.getException())));
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
