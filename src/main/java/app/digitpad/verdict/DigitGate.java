package app.digitpad.verdict;

import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small network that answers one question before the digit model's answer is believed: is this a digit
 * at all? It is separate from the digit models, so every checkpoint (bundled, trained, fine-tuned) gets the
 * same honest "not a digit" without retraining, and the ten probabilities stay ten. It owns its copy of the
 * network and serialises its calls, like {@code Predictor}; any thread may call it.
 */
public final class DigitGate {

    /**
     * Below this probability of "digit" the drawing is not a digit. Chosen on non-digits of a seed that is
     * neither the benchmark's nor the training's (777) and on MNIST's test digits (BENCHMARKS.md): at 0.005
     * the 52 kinds are 93.0% rejected and MNIST's test digits 0.17%; at 0.01, 94.5% and 0.19%.
     */
    public static final double THRESHOLD = 0.005;

    private final Network network;

    public DigitGate(Network network) {
        this.network = network.copy();
    }

    /** What the app does without a gate, for every front to say in the same words. */
    public static final String WITHOUT = "only the ink's shape (dots, dashes, lines, blots) is answered \"not a digit\"";

    /**
     * The bundled gate, or empty when the file is missing or unreadable (the verdict then uses the ink's shape
     * alone); either is logged as a warning once per process, with {@link #WITHOUT}.
     */
    public static Optional<DigitGate> load(Path file) {
        return SmallNetworks.load(file, GateTraining.SHAPE, "a not-a-digit gate", WITHOUT).map(DigitGate::new);
    }

    /** Writes the network atomically (temp file, then rename). */
    public synchronized void save(Path file) throws IOException {
        SmallNetworks.save(network, file);
    }

    /** The probability that a normalized 28x28 input shows a digit. */
    public synchronized double digitProbability(float[] input28) {
        return digitProbabilities(input28, 1)[0];
    }

    /** The same for {@code count} inputs laid end to end. */
    public synchronized double[] digitProbabilities(float[] inputs, int count) {
        float[][] out = count == 1 ? new float[][] {network.output(inputs)}
                : network.outputs(inputs, count);
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            p[i] = out[i][GateTraining.DIGIT];
        }
        return p;
    }
}
