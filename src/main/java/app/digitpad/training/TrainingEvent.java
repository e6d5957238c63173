package app.digitpad.training;

import java.nio.file.Path;

/**
 * What a training run reports as it goes. Sealed so every consumer (terminal, GUI charts) handles all of
 * them, and records so they cross threads safely.
 */
public sealed interface TrainingEvent {

    /** The run's checkpoint folder is ready (created, writable); nothing has been read yet. */
    record Started(Path folder) implements TrainingEvent {
    }

    /**
     * A slow step before the first gradient step (reading, preprocessing), in words for the user, with how
     * far it has come ({@code total} 0: no count, just the message).
     */
    record Preparing(String message, int done, int total) implements TrainingEvent {

        /** A step without a count. */
        public Preparing(String message) {
            this(message, 0, 0);
        }
    }

    /** After each gradient step. {@code loss} is the batch's loss before the step, as Keras shows it. */
    record Iteration(int epoch, int iteration, int iterationsPerEpoch, int totalEpochs, double loss,
                     double imagesPerSecond) implements TrainingEvent {
    }

    /** After each epoch's evaluation; train accuracy is measured on up to 10,000 training images. */
    record Epoch(EpochMetrics metrics) implements TrainingEvent {
    }

    /** After a checkpoint was written, atomically, with its sidecar. */
    record CheckpointSaved(int epoch, Path file, EpochMetrics metrics) implements TrainingEvent {
    }
}
