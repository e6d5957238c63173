package app.digitpad.training;

import app.digitpad.preprocess.Augmentation;

/**
 * Everything that decides a training run. Defaults follow the tutorial (Adam 1e-3, 5 epochs) except the
 * batch size: 64 rather than Keras' 32, because DL4J's per-iteration overhead halves for the same accuracy.
 *
 * @param architecture    name in the architecture catalogue
 * @param epochs          total epochs; a resumed run continues until this many are done
 * @param batchSize       examples per gradient step
 * @param learningRate    Adam's step size
 * @param seed            weight init and per-epoch shuffling, so a run is reproducible
 * @param trainLimit      use only the first N training images (null: all 60,000)
 * @param testLimit       evaluate on only the first N test images each epoch (null: all 10,000)
 * @param checkpointEvery save a checkpoint every N epochs (the last epoch is always saved)
 * @param keepLast        checkpoints kept besides the best one
 * @param augmentation    random changes applied to each training image, every epoch anew
 */
public record TrainingConfig(
        String architecture,
        int epochs,
        int batchSize,
        double learningRate,
        long seed,
        Integer trainLimit,
        Integer testLimit,
        int checkpointEvery,
        int keepLast,
        Augmentation augmentation) {

    /** Largest epoch count a run may ask for: far beyond any useful MNIST run, small enough to catch a typo. */
    public static final int MAX_EPOCHS = 1000;
    /** Largest batch: bigger batches stop helping on 2 cores and only cost memory. */
    public static final int MAX_BATCH = 8192;
    /** Images in MNIST's training split, the most a training subset can hold. */
    public static final int MNIST_TRAIN_IMAGES = 60_000;

    public static final int DEFAULT_EPOCHS = 5;
    public static final int DEFAULT_BATCH = 64;
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    public TrainingConfig {
        require(epochs >= 1 && epochs <= MAX_EPOCHS, "epochs must be 1-" + MAX_EPOCHS + ", was " + epochs);
        require(batchSize >= 1 && batchSize <= MAX_BATCH, "batch size must be 1-" + MAX_BATCH + ", was " + batchSize);
        require(learningRate > 0 && learningRate < 10 && Double.isFinite(learningRate),
                "learning rate must be a number between 0 and 10 (exclusive), was " + learningRate);
        require(trainLimit == null || trainLimit >= 1, "training subset must be at least 1, was " + trainLimit);
        require(testLimit == null || testLimit >= 1, "test subset must be at least 1, was " + testLimit);
        require(checkpointEvery >= 1, "checkpoint interval must be at least 1 epoch, was " + checkpointEvery);
        require(keepLast >= 1, "must keep at least 1 checkpoint, was " + keepLast);
        require(augmentation != null, "augmentation must be given (Augmentation.NONE for none)");
    }

    /** The tutorial's run: 5 epochs of the tutorial CNN with Adam 1e-3. */
    public static TrainingConfig defaults() {
        return new TrainingConfig("tutorial", DEFAULT_EPOCHS, DEFAULT_BATCH, DEFAULT_LEARNING_RATE, 1, null, null, 1, 3, Augmentation.NONE);
    }

    /** The same run with other augmentation. */
    public TrainingConfig withAugmentation(Augmentation a) {
        return new TrainingConfig(architecture, epochs, batchSize, learningRate, seed, trainLimit, testLimit,
                checkpointEvery, keepLast, a);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
