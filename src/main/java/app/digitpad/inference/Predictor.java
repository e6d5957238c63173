package app.digitpad.inference;

import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DigitViews;
import app.digitpad.preprocess.GrayImage;
import java.util.Optional;

/**
 * Answers single images with its own copy of a network: DL4J networks are not thread-safe, and the
 * trainer keeps changing its own, so the predictor clones at construction and serialises its calls.
 * A prediction runs on its caller's thread alone: one image is too little work to share between cores,
 * and waiting for a busy second core is what made the slowest predictions slow (BENCHMARKS.md). It runs
 * on a copy made for answering, with batch normalization folded into the weights (the same answers, a
 * third less time for the bundled model); explanations get the network itself ({@link #copyOfNetwork}).
 */
public final class Predictor {

    private final Network network;
    /** What answers: the same network with its batch normalization folded in ({@link Network#answering}). */
    private final Network answering;
    private final String name;

    public Predictor(Network source, String name) {
        this.network = source.copy();
        this.answering = network.answering();
        this.name = name;
    }

    /** A copy of the network, for a user that needs its own (DL4J networks are not thread-safe). */
    public synchronized Network copyOfNetwork() {
        return network.copy();
    }

    /** Whether its layers can be looked into and trained (false for an ONNX graph: {@link Network#layered}). */
    public boolean layered() {
        return network.layered();
    }

    /** A label for the model in use (file or architecture), for status bars and output. */
    public String name() {
        return name;
    }

    /** Probabilities for an already normalized 28x28 input (row-major, 0..1). */
    public synchronized Prediction predict(float[] input28) {
        requireOneInput(input28);
        return Prediction.of(answering.output(input28));
    }

    /**
     * The mean of the probabilities for the {@link DigitViews} of one normalized input, in one forward pass: how
     * a digit of a written number is read (its crop moves with the cuts around it).
     */
    public synchronized Prediction predictViews(float[] input28) {
        requireOneInput(input28);
        return predictViewsAll(input28, 1)[0];
    }

    /**
     * {@link #predictViews} for {@code count} normalized inputs laid end to end, all their views in one call (chunked
     * by the network): a number's digits pay the network's fixed cost per call once, not once per digit.
     */
    public synchronized Prediction[] predictViewsAll(float[] inputs28, int count) {
        int side = DigitNormalizer.SIDE * DigitNormalizer.SIDE;
        if (inputs28.length != count * side) {
            throw new IllegalArgumentException("expected " + count + " x 784 values, got " + inputs28.length);
        }
        int views = DigitViews.VIEWS.size();
        float[] all = new float[count * views * side];
        for (int i = 0; i < count; i++) {
            float[] one = DigitViews.of(java.util.Arrays.copyOfRange(inputs28, i * side, (i + 1) * side));
            System.arraycopy(one, 0, all, i * views * side, views * side);
        }
        float[][] out = count == 0 ? new float[0][] : answering.outputs(all, count * views);
        Prediction[] predictions = new Prediction[count];
        for (int i = 0; i < count; i++) {
            float[] mean = new float[out[i * views].length];
            for (int v = 0; v < views; v++) {
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += out[i * views + v][c] / views;
                }
            }
            predictions[i] = Prediction.of(mean);
        }
        return predictions;
    }

    private static void requireOneInput(float[] input28) {
        if (input28.length != DigitNormalizer.SIDE * DigitNormalizer.SIDE) {
            throw new IllegalArgumentException("expected 784 values, got " + input28.length);
        }
    }

    /**
     * Probabilities for {@code count} normalized inputs laid end to end, in one forward pass (chunked by the
     * network): a number's candidate digits cost one call instead of one each.
     */
    public synchronized Prediction[] predictAll(float[] inputs28, int count) {
        if (inputs28.length != count * DigitNormalizer.SIDE * DigitNormalizer.SIDE) {
            throw new IllegalArgumentException("expected " + count + " x 784 values, got " + inputs28.length);
        }
        if (count == 0) {
            return new Prediction[0];
        }
        return java.util.Arrays.stream(answering.outputs(inputs28, count)).map(Prediction::of).toArray(Prediction[]::new);
    }

    /** Normalizes any ink image (canvas or file) and predicts; empty when there is no ink. */
    public Optional<Prediction> predict(GrayImage image) {
        return DigitNormalizer.normalize(image).map(this::predict);
    }
}
