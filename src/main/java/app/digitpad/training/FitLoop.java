package app.digitpad.training;

import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one training loop: epochs of gradient steps on the batches a {@link Data} gives, with everything
 * around the steps (progress, stopping on a diverged loss, measuring, checkpointing, stopping early) as
 * {@link Callback}s, the way Keras's {@code fit} takes callbacks. The digit models ({@link Trainer}), the
 * not-a-digit gate and the touching-digits judge all train through it, so each can be stopped between
 * steps, shows progress and refuses a NaN. Runs on its caller's thread.
 */
public final class FitLoop {

    private FitLoop() {
    }

    /** One epoch's batches; the loop frees each pair after its step and closes the epoch at its end. */
    public interface Epoch extends AutoCloseable {

        int steps();

        /** The next {features, one-hot labels}; may wait while it is being prepared. */
        INDArray[] next() throws InterruptedException;

        @Override
        default void close() {
        }
    }

    /** The batches of each epoch, asked for in order (epoch numbers count from 1 over the whole run). */
    @FunctionalInterface
    public interface Data {
        Epoch epoch(int epoch);
    }

    /** After each gradient step: {@code loss} is the batch's, {@code images} those seen this epoch. */
    public record Step(int epoch, int step, int steps, double loss, int images, double imagesPerSecond) {
    }

    /** After an epoch's last step: the mean training loss over its images and how long it took. */
    public record EpochEnd(int epoch, double meanLoss, double seconds, int images) {
    }

    /** A hook into the loop; both methods run on the loop's thread. */
    public interface Callback {

        default void stepDone(Step step) {
        }

        /** The network after the epoch (its epoch count already advanced); false ends the run early. */
        default boolean epochDone(Network network, EpochEnd epoch) throws IOException {
            return true;
        }
    }

    /**
     * How a run ended: {@code stopped} by its control (the epoch under way is dropped), or after
     * {@code lastEpoch} (early when a callback ended it).
     */
    public record Outcome(boolean stopped, int lastEpoch) {
    }

    /** Trains epochs {@code first..last}; the control is checked before every step. */
    public static Outcome run(Network network, int first, int last, Data data, RunControl control,
                              List<Callback> callbacks) throws IOException, InterruptedException {
        for (int epoch = first; epoch <= last; epoch++) {
            EpochEnd end;
            try (Epoch batches = data.epoch(epoch)) {
                end = runEpoch(network.dl4jNetwork(), epoch, batches, control, callbacks);
            }
            if (end == null) {
                return new Outcome(true, epoch - 1);
            }
            network.dl4jNetwork().incrementEpochCount();
            boolean goOn = true;
            for (Callback c : callbacks) {
                goOn &= c.epochDone(network, end);
            }
            if (!goOn) {
                return new Outcome(false, epoch);
            }
        }
        return new Outcome(false, last);
    }

    private static EpochEnd runEpoch(MultiLayerNetwork network, int epoch, Epoch batches, RunControl control,
                                     List<Callback> callbacks) throws InterruptedException {
        int steps = batches.steps();
        int images = 0;
        double lossSum = 0;
        long began = System.nanoTime();
        for (int step = 1; step <= steps; step++) {
            control.awaitResume();
            if (control.stopRequested() || Thread.currentThread().isInterrupted()) {
                return null;
            }
            INDArray[] batch = batches.next();
            int size = (int) batch[0].size(0);
            try {
                network.fit(batch[0], batch[1]);
            } finally {
                Forward.free(batch[0]);
                Forward.free(batch[1]);
            }
            double loss = network.score();
            images += size;
            lossSum += loss * size;
            Step done = new Step(epoch, step, steps, loss, images, images / ((System.nanoTime() - began) / 1e9));
            for (Callback c : callbacks) {
                c.stepDone(done);
            }
        }
        return new EpochEnd(epoch, lossSum / Math.max(1, images), (System.nanoTime() - began) / 1e9, images);
    }

    /**
     * Keras's {@code TerminateOnNaN}: a loss that is not a finite number ends the run at that step with a
     * message naming the epoch, the step and the learning rate to lower. Put it first.
     */
    public static Callback stopOnNaN(double learningRate) {
        return new Callback() {
            @Override
            public void stepDone(Step step) {
                if (!Double.isFinite(step.loss())) {
                    throw new TrainingDivergedException(step.epoch(), step.step(), step.loss(), learningRate);
                }
            }
        };
    }

    /** Reports every step as a {@link TrainingEvent.Iteration} of a run of {@code epochs} epochs. */
    public static Callback progress(int epochs, Consumer<TrainingEvent> listener) {
        return new Callback() {
            @Override
            public void stepDone(Step s) {
                listener.accept(new TrainingEvent.Iteration(s.epoch(), s.step(), s.steps(), epochs, s.loss(),
                        s.imagesPerSecond()));
            }
        };
    }

    /**
     * Keras's {@code EarlyStopping} on the training loss: ends the run once the epoch's mean loss has not
     * fallen below the best one for {@code patience} epochs in a row.
     */
    public static Callback earlyStopping(int patience) {
        return new Callback() {
            private double best = Double.POSITIVE_INFINITY;
            private int worse;

            @Override
            public boolean epochDone(Network network, EpochEnd e) {
                if (e.meanLoss() < best) {
                    best = e.meanLoss();
                    worse = 0;
                    return true;
                }
                return ++worse < patience;
            }
        };
    }

    /** Calls {@code onEpoch} after every epoch (a line per epoch for a terminal). */
    public static Callback eachEpoch(Consumer<EpochEnd> onEpoch) {
        return new Callback() {
            @Override
            public boolean epochDone(Network network, EpochEnd e) {
                onEpoch.accept(e);
                return true;
            }
        };
    }
}
