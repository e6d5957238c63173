package app.digitpad.inference;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Scores a network on a labelled set in batches: accuracy, per-class accuracy, the confusion matrix and
 * the mean cross-entropy from one forward pass over each batch. The outputs come back as Java floats
 * ({@link Forward}), so scoring a set leaves no native memory behind. Any thread that owns the network.
 */
public final class Evaluator {

    /**
     * Images turned into floats at a time: keeps the Java copy of a batch small whatever the set's size, and
     * a stop waits for at most one batch (about half a second for the default model on 2 cores).
     */
    private static final int BATCH = 500;
    /** Floor on a probability before the log, as Keras clips, so one confident error cannot give infinity. */
    private static final double EPSILON = 1e-7;

    private Evaluator() {
    }

    public static EvaluationReport evaluate(Network net, MnistSet set) {
        return evaluate(net, set, () -> false);
    }

    /**
     * The same, checking {@code stop} before each batch.
     *
     * @throws CancellationException as soon as {@code stop} says so
     */
    public static EvaluationReport evaluate(Network net, MnistSet set, BooleanSupplier stop) {
        int k = MnistSet.CLASSES;
        int[][] confusion = new int[k][k];
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < set.size(); start += BATCH) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("stopped while measuring " + set.name());
            }
            int end = Math.min(set.size(), start + BATCH);
            float[][] out = net.outputs(set.inputs(start, end), end - start);
            for (int i = 0; i < out.length; i++) {
                int actual = set.label(start + i);
                int predicted = Prediction.of(out[i]).digit();
                confusion[actual][predicted]++;
                correct += predicted == actual ? 1 : 0;
                lossSum -= Math.log(Math.max(out[i][actual], EPSILON));
            }
        }
        return report(confusion, set.size(), correct, lossSum / set.size());
    }

    private static EvaluationReport report(int[][] confusion, int n, int correct, double loss) {
        int k = MnistSet.CLASSES;
        double[] perClass = new double[k];
        for (int actual = 0; actual < k; actual++) {
            int total = 0;
            for (int predicted = 0; predicted < k; predicted++) {
                total += confusion[actual][predicted];
            }
            perClass[actual] = total == 0 ? 0 : (double) confusion[actual][actual] / total;
        }
        return new EvaluationReport(n, (double) correct / n, loss, perClass, confusion);
    }
}
