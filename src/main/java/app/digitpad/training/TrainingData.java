package app.digitpad.training;

import app.digitpad.data.MnistSet;
import java.io.IOException;

/**
 * Where a training run's digits come from: MNIST, a personal set, or a mix of both. Both splits come back
 * already through the one preprocessing path, as the network will see them. Called on the run's thread.
 */
public interface TrainingData {

    /** How a checkpoint's sidecar names the data ("MNIST", "MNIST + personal (150)"). */
    String name();

    /** Personal digits among the training digits (null: none, an ordinary MNIST run). */
    default Integer personalImages() {
        return null;
    }

    /**
     * Reads and checks the raw files without the slow preprocessing, so a missing or damaged file is
     * reported within a second or two, before anything else happens.
     */
    void check() throws IOException;

    /** Told how far a slow preparation has come: what, images done, images in all. Called from any thread. */
    @FunctionalInterface
    interface Progress {
        void update(String what, int done, int total);

        /** Ignores progress. */
        Progress NONE = (what, done, total) -> { };
    }

    /** The first {@code limit} training digits (all when null), preprocessed: only those are prepared. */
    MnistSet train(Integer limit, Progress progress) throws IOException;

    /** The first {@code limit} digits each epoch is measured on (all when null), preprocessed. */
    MnistSet test(Integer limit, Progress progress) throws IOException;
}
