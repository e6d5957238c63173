package app.digitpad.training;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.EvaluationReport;
import app.digitpad.inference.Evaluator;
import app.digitpad.model.Architectures;
import app.digitpad.model.ImportedModel;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Trains a digit model on MNIST through the one {@link FitLoop}: its hooks stop on a diverged loss, report
 * every step, measure each epoch and write checkpoints. Batches are shuffled and augmented on a thread of
 * their own ({@link BatchFeed}) while the network trains. Runs on its caller's thread.
 */
public final class Trainer {

    /** Train accuracy is measured on the first this-many training images after each epoch, not on all 60,000. */
    static final int TRAIN_EVAL_SAMPLE = 10_000;

    private final Architectures architectures;
    private final String appVersion;

    public Trainer(Architectures architectures, String appVersion) {
        this.architectures = architectures;
        this.appVersion = appVersion;
    }

    /** Where a run starts: a network, the epochs it has already done and the seconds they took. */
    public record Start(Network network, int epochsDone, double secondsDone) {
    }

    public Start fresh(TrainingConfig config) {
        return new Start(architectures.build(config.architecture(), config.seed(), config.learningRate()), 0, 0);
    }

    /**
     * Continues a checkpoint saved with its updater; its architecture must be the configured one. A model
     * imported from Keras starts at epoch 0 with a fresh optimizer ({@link ImportedModel#ARCHITECTURE}).
     */
    public Start resume(Checkpoint.Loaded loaded, TrainingConfig config) {
        if (loaded.checkpoint().importedFrom().isPresent() && loaded.network().layered()
                && ImportedModel.ARCHITECTURE.equals(config.architecture())) {
            return new Start(loaded.network(), 0, 0);
        }
        CheckpointMetadata meta = loaded.checkpoint().metadata().orElseThrow(() -> new IllegalArgumentException(
                loaded.checkpoint().file().getFileName() + " has no DigitPad sidecar, so its epoch is unknown"));
        if (!meta.architecture().equals(config.architecture())) {
            throw new IllegalArgumentException("checkpoint is architecture '" + meta.architecture()
                    + "' but the run asks for '" + config.architecture() + "'");
        }
        return new Start(loaded.network(), meta.epoch(), meta.training().trainingSeconds() == null ? 0
                : meta.training().trainingSeconds());
    }

    /** {@link #train(TrainingConfig, Start, MnistSet, MnistSet, CheckpointStore, Consumer, RunControl, String)} on MNIST. */
    public TrainingResult train(TrainingConfig config, Start start, MnistSet trainSet, MnistSet testSet,
                                CheckpointStore store, Consumer<TrainingEvent> listener, RunControl control)
            throws IOException, InterruptedException {
        return train(config, start, trainSet, testSet, store, listener, control, Provenance.mnist());
    }

    /** Trains until the configured epochs are done or the control stops it; {@code provenance} goes in every sidecar. */
    public TrainingResult train(TrainingConfig config, Start start, MnistSet trainSet, MnistSet testSet,
                                CheckpointStore store, Consumer<TrainingEvent> listener, RunControl control,
                                Provenance provenance)
            throws IOException, InterruptedException {
        MnistSet train = trainSet.limit(config.trainLimit());
        MnistSet test = testSet.limit(config.testLimit());
        Measuring measuring = new Measuring(train.limit(TRAIN_EVAL_SAMPLE), test, start.secondsDone(), listener);
        Checkpointing checkpointing = new Checkpointing(config, store, listener, measuring,
                (metrics, seconds) -> metadata(config, metrics, train.size(), test.size(), seconds, provenance));
        FitLoop.Outcome outcome = FitLoop.run(start.network(), start.epochsDone() + 1, config.epochs(),
                epoch -> new BatchFeed(train, config.batchSize(), config.seed(), epoch, config.augmentation()), control,
                List.of(FitLoop.stopOnNaN(config.learningRate()), FitLoop.progress(config.epochs(), listener),
                        measuring, checkpointing));
        return new TrainingResult(outcome.stopped(), outcome.lastEpoch(), measuring.history, checkpointing.saved);
    }

    /** After each epoch: train and test accuracy and loss, the run's seconds so far, as an Epoch event. */
    private static final class Measuring implements FitLoop.Callback {
        private final MnistSet trainSample;
        private final MnistSet test;
        private final Consumer<TrainingEvent> listener;
        private final List<EpochMetrics> history = new ArrayList<>();
        private double seconds;

        Measuring(MnistSet trainSample, MnistSet test, double secondsBefore, Consumer<TrainingEvent> listener) {
            this.trainSample = trainSample;
            this.test = test;
            this.seconds = secondsBefore;
            this.listener = listener;
        }

        @Override
        public boolean epochDone(Network net, FitLoop.EpochEnd e) {
            EvaluationReport trainEval = Evaluator.evaluate(net, trainSample);
            EvaluationReport testEval = Evaluator.evaluate(net, test);
            EpochMetrics m = new EpochMetrics(e.epoch(), e.meanLoss(), trainEval.accuracy(), testEval.loss(),
                    testEval.accuracy(), e.seconds(), e.images() / e.seconds());
            seconds += m.seconds();
            history.add(m);
            listener.accept(new TrainingEvent.Epoch(m));
            return true;
        }

        EpochMetrics latest() {
            return history.get(history.size() - 1);
        }
    }

    /** The checkpointing hook: every {@code checkpointEvery} epochs and after the last, zip and sidecar atomically. */
    private static final class Checkpointing implements FitLoop.Callback {
        private final TrainingConfig config;
        private final CheckpointStore store;
        private final Consumer<TrainingEvent> listener;
        private final Measuring measuring;
        private final BiFunction<EpochMetrics, Double, CheckpointMetadata> sidecar;
        private final List<Path> saved = new ArrayList<>();

        Checkpointing(TrainingConfig config, CheckpointStore store, Consumer<TrainingEvent> listener, Measuring measuring,
                      BiFunction<EpochMetrics, Double, CheckpointMetadata> sidecar) {
            this.config = config;
            this.store = store;
            this.listener = listener;
            this.measuring = measuring;
            this.sidecar = sidecar;
        }

        @Override
        public boolean epochDone(Network net, FitLoop.EpochEnd e) throws IOException {
            if (e.epoch() % config.checkpointEvery() == 0 || e.epoch() == config.epochs()) {
                EpochMetrics metrics = measuring.latest();
                Path file = store.save(net, sidecar.apply(metrics, measuring.seconds));
                saved.add(file);
                listener.accept(new TrainingEvent.CheckpointSaved(e.epoch(), file, metrics));
            }
            return true;
        }
    }

    private CheckpointMetadata metadata(TrainingConfig c, EpochMetrics m, int trainImages, int testImages,
                                        double seconds, Provenance p) {
        return new CheckpointMetadata(c.architecture(), m.epoch(), DigitNormalizer.VERSION, Instant.now().toString(),
                appVersion, new CheckpointMetadata.Training(trainImages, c.batchSize(), c.learningRate(), c.seed(),
                        p.dataset(), c.augmentation(), seconds),
                new CheckpointMetadata.Metrics(m.trainLoss(), m.trainAccuracy(), m.testLoss(), m.testAccuracy(), testImages),
                new CheckpointMetadata.Lineage(p.parent(), p.personalImages(), p.parentFramework()), CheckpointMetadata.Benchmarks.NONE);
    }

}
