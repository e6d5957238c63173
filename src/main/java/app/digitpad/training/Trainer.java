package app.digitpad.training;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.EvaluationReport;
import app.digitpad.inference.Evaluator;
import app.digitpad.model.Architectures;
import app.digitpad.model.Forward;
import app.digitpad.preprocess.DigitNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the training loop itself rather than {@code fit(iterator)}, so that it can report every step,
 * stop or pause between steps, and refuse a diverged loss. Batches are shuffled and augmented on a thread
 * of their own ({@link BatchFeed}) while the network trains.
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
    public record Start(MultiLayerNetwork network, int epochsDone, double secondsDone) {
    }

    public Start fresh(TrainingConfig config) {
        return new Start(architectures.build(config.architecture(), config.seed(), config.learningRate()), 0, 0);
    }

    /** Continues a checkpoint saved with its updater; its architecture must be the configured one. */
    public Start resume(Checkpoint.Loaded loaded, TrainingConfig config) {
        CheckpointMetadata meta = loaded.checkpoint().metadata().orElseThrow(() -> new IllegalArgumentException(
                loaded.checkpoint().file().getFileName() + " has no DigitPad sidecar, so its epoch is unknown"));
        if (!meta.architecture().equals(config.architecture())) {
            throw new IllegalArgumentException("checkpoint is architecture '" + meta.architecture()
                    + "' but the run asks for '" + config.architecture() + "'");
        }
        return new Start(loaded.network(), meta.epoch(), meta.trainingSeconds() == null ? 0 : meta.trainingSeconds());
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
        MnistSet trainSample = train.limit(TRAIN_EVAL_SAMPLE);
        double seconds = start.secondsDone();
        List<EpochMetrics> history = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        MultiLayerNetwork net = start.network();
        for (int epoch = start.epochsDone() + 1; epoch <= config.epochs(); epoch++) {
            EpochRun run;
            try (BatchFeed feed = new BatchFeed(train, config.batchSize(), config.seed(), epoch, config.augmentation())) {
                run = runEpoch(config, net, epoch, feed, listener, control);
            }
            if (run == null) {
                return new TrainingResult(true, epoch - 1, history, saved);
            }
            net.incrementEpochCount();
            EpochMetrics metrics = measure(net, epoch, run, trainSample, test);
            seconds += metrics.seconds();
            history.add(metrics);
            listener.accept(new TrainingEvent.Epoch(metrics));
            if (epoch % config.checkpointEvery() == 0 || epoch == config.epochs()) {
                Path file = store.save(net, metadata(config, metrics, train.size(), test.size(), seconds, provenance));
                saved.add(file);
                listener.accept(new TrainingEvent.CheckpointSaved(epoch, file, metrics));
            }
        }
        return new TrainingResult(false, config.epochs(), history, saved);
    }

    private record EpochRun(double meanLoss, double seconds, int images) {
    }

    /** One pass over the data; null when the caller stopped it. */
    private static EpochRun runEpoch(TrainingConfig config, MultiLayerNetwork net, int epoch, BatchFeed feed,
                                     Consumer<TrainingEvent> listener, RunControl control) throws InterruptedException {
        int steps = feed.steps();
        int n = 0;
        double lossSum = 0;
        long began = System.nanoTime();
        for (int step = 0; step < steps; step++) {
            control.awaitResume();
            if (control.stopRequested() || Thread.currentThread().isInterrupted()) {
                return null;
            }
            INDArray[] batch = feed.next();
            int size = (int) batch[0].size(0);
            try {
                net.fit(batch[0], batch[1]);
            } finally {
                Forward.free(batch[0]);
                Forward.free(batch[1]);
            }
            double loss = net.score();
            if (!Double.isFinite(loss)) {
                throw new TrainingDivergedException(epoch, step + 1, loss, config.learningRate());
            }
            n += size;
            lossSum += loss * size;
            double elapsed = (System.nanoTime() - began) / 1e9;
            listener.accept(new TrainingEvent.Iteration(epoch, step + 1, steps, config.epochs(), loss, n / elapsed));
        }
        return new EpochRun(lossSum / n, (System.nanoTime() - began) / 1e9, n);
    }

    private static EpochMetrics measure(MultiLayerNetwork net, int epoch, EpochRun run, MnistSet trainSample,
                                        MnistSet test) {
        EvaluationReport trainEval = Evaluator.evaluate(net, trainSample);
        EvaluationReport testEval = Evaluator.evaluate(net, test);
        return new EpochMetrics(epoch, run.meanLoss(), trainEval.accuracy(), testEval.loss(), testEval.accuracy(),
                run.seconds(), run.images() / run.seconds());
    }

    private CheckpointMetadata metadata(TrainingConfig c, EpochMetrics m, int trainImages, int testImages,
                                        double seconds, Provenance p) {
        return new CheckpointMetadata(c.architecture(), m.epoch(), m.trainLoss(), m.trainAccuracy(), m.testLoss(),
                m.testAccuracy(), trainImages, testImages, c.batchSize(), c.learningRate(), c.seed(), p.dataset(),
                DigitNormalizer.VERSION, Instant.now().toString(), appVersion, c.augmentation(), seconds, null,
                p.parent(), p.personalImages(), null);
    }
}
