package app.digitpad.training;

import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.MnistPreprocessor;
import java.io.IOException;

/**
 * MNIST from a folder as {@link TrainingData}: both raw splits are read (and their format checked) first,
 * then only the images a run uses are preprocessed. Not thread-safe: one run's thread uses it.
 */
public final class MnistData implements TrainingData {

    /** The name sidecars give MNIST as a training set. */
    public static final String NAME = "MNIST";

    private final MnistLoader loader;
    private MnistSet rawTrain;
    private MnistSet rawTest;

    public MnistData(MnistLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() throws IOException {
        if (rawTrain == null) {
            rawTest = loader.test();
            rawTrain = loader.train();
        }
    }

    @Override
    public MnistSet train(Integer limit) throws IOException {
        check();
        return MnistPreprocessor.apply(rawTrain.limit(limit));
    }

    /** {@code count} training images drawn at random (seeded, no repeats), preprocessed: a fine-tune's replay. */
    public MnistSet sample(int count, long seed) throws IOException {
        check();
        int[] all = new int[rawTrain.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        java.util.Random random = new java.util.Random(seed);
        int n = Math.min(count, all.length);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return MnistPreprocessor.apply(rawTrain.select("replay", java.util.Arrays.copyOf(all, n)));
    }

    /** The test digits as read, not preprocessed: the drawn benchmark draws them itself. */
    public MnistSet rawTest(Integer limit) throws IOException {
        check();
        return rawTest.limit(limit);
    }

    @Override
    public MnistSet test(Integer limit) throws IOException {
        check();
        return MnistPreprocessor.apply(rawTest.limit(limit));
    }
}
