package app.digitpad.training;

import app.digitpad.model.ImportedModel;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.checkpoint.RunLock;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.ErrorAnalysis;
import app.digitpad.model.Architectures;
import app.digitpad.model.Forward;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One training run from start to end, the same for the command line and the Training tab: prepare the
 * output folder, open the checkpoint to resume, check the data, then preprocess, train, save and (if
 * asked) analyse the mistakes. Everything that can be refused cheaply is refused before the slow work.
 * Runs on the caller's thread (a worker: it blocks for minutes); events go to the listener on that thread.
 */
public final class TrainingJob {

    /**
     * Decides the run's checkpoint folder once the checkpoint to resume (or null) is known: the CLI's
     * {@code --out} checked by {@code RunFolder.prepare}, the GUI's fresh folder by {@code RunFolder.createFresh}.
     */
    @FunctionalInterface
    public interface Destination {
        Path prepare(Path resume) throws IOException;
    }

    /**
     * A run to do.
     *
     * @param resume  checkpoint to continue (null: a new network)
     * @param analyse also collect the test set's most confident mistakes at the end (the GUI's gallery)
     */
    public record Request(TrainingConfig config, TrainingData data, Path resume, Destination destination,
                          boolean analyse) {
    }

    /** How a run ended; {@code analysis} is present when asked for and the run was not stopped. */
    public record Outcome(TrainingResult result, Path folder, MnistSet test,
                          Optional<ErrorAnalysis.Report> analysis) {
    }

    /** A checkpoint that already has the epochs asked for: nothing to train, said before any data is read. */
    public static final class AlreadyTrainedException extends IOException {
        AlreadyTrainedException(Path checkpoint, int done, int asked) {
            super(checkpoint.getFileName() + " already has " + done + " epoch(s) and the run asks for " + asked
                    + " in all; ask for more epochs to continue it");
        }
    }

    /** Mistakes kept for the error gallery. */
    public static final int GALLERY_SIZE = 60;

    private final Architectures architectures;
    private final CheckpointLoader loader;
    private final String appVersion;

    public TrainingJob(Architectures architectures, CheckpointLoader loader, String appVersion) {
        this.architectures = architectures;
        this.loader = loader;
        this.appVersion = appVersion;
    }

    public Outcome run(Request request, Consumer<TrainingEvent> listener, RunControl control)
            throws IOException, InterruptedException {
        TrainingConfig config = request.config();
        Trainer trainer = new Trainer(architectures, appVersion);
        Path folder = request.destination().prepare(request.resume());
        Outcome outcome = null;
        try (RunLock lock = RunLock.acquire(folder)) {
            outcome = run(request, folder, trainer, listener, control);
            return outcome;
        } finally {
            Forward.releaseThreadMemory();
            if (outcome == null || outcome.result().checkpoints().isEmpty()) {
                RunFolder.removeIfUnused(folder);
            }
        }
    }

    private Outcome run(Request request, Path folder, Trainer trainer, Consumer<TrainingEvent> listener,
                        RunControl control) throws IOException, InterruptedException {
        TrainingConfig config = request.config();
        listener.accept(new TrainingEvent.Started(folder));
        Trainer.Start start = request.resume() == null ? trainer.fresh(config)
                : trainer.resume(loader.load(request.resume(), true), config);
        if (start.epochsDone() >= config.epochs()) {
            throw new AlreadyTrainedException(request.resume(), start.epochsDone(), config.epochs());
        }
        listener.accept(new TrainingEvent.Preparing("Reading " + request.data().name() + " …"));
        request.data().check();
        if (control.stopRequested()) {
            return stoppedBeforeStart(start, folder);
        }
        TrainingData.Progress progress = (what, done, total) -> listener.accept(new TrainingEvent.Preparing(
                "Preparing " + what + " digits through the pad's preprocessing", done, total));
        MnistSet train = request.data().train(config.trainLimit(), progress);
        MnistSet test = request.data().test(config.testLimit(), progress);
        if (control.stopRequested()) {
            return stoppedBeforeStart(start, folder);
        }
        TrainingResult result = trainer.train(config, start, train, test,
                new CheckpointStore(folder, config.keepLast()), listener, control, provenance(request));
        Optional<ErrorAnalysis.Report> analysis = result.stopped() || !request.analyse() ? Optional.empty()
                : Optional.of(ErrorAnalysis.analyze(start.network(), test, GALLERY_SIZE));
        return new Outcome(result, folder, test, analysis);
    }

    /** A run with personal digits is a fine-tune of the checkpoint it resumed: the sidecar names that parent. */
    private static Provenance provenance(Request request) {
        Integer personal = request.data().personalImages();
        String parent = personal == null || request.resume() == null ? null
                : request.resume().getFileName().toString();
        String framework = parent == null || !ImportedModel.handles(request.resume()) ? null
                : ImportedModel.frameworkOf(request.resume());
        return new Provenance(request.data().name(), parent, personal, framework);
    }

    private static Outcome stoppedBeforeStart(Trainer.Start start, Path folder) {
        TrainingResult stopped = new TrainingResult(true, start.epochsDone(), java.util.List.of(), java.util.List.of());
        return new Outcome(stopped, folder, null, Optional.empty());
    }
}
