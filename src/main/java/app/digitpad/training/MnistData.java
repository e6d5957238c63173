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

    @Override
    public MnistSet test(Integer limit) throws IOException {
        check();
        return MnistPreprocessor.apply(rawTest.limit(limit));
    }
}
