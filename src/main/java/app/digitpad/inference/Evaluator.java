package app.digitpad.inference;

import app.digitpad.data.MnistSet;
import app.digitpad.data.Tensors;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Scores a network on a labelled set in batches: accuracy, per-class accuracy and confusion from DL4J's
 * {@link Evaluation}, and the mean cross-entropy from the same outputs, so one forward pass gives all.
 */
public final class Evaluator {

    /** Large enough to keep both cores busy, small enough to stay well inside memory. */
    private static final int BATCH = 500;
    /** Floor on a probability before the log, as Keras clips, so one confident error cannot give infinity. */
    private static final double EPSILON = 1e-7;

    private Evaluator() {
    }

    public static EvaluationReport evaluate(MultiLayerNetwork net, MnistSet set) {
        return evaluate(net, set.features(), set.oneHotLabels());
    }

    /** Evaluates on already built tensors ([n,1,28,28] and one-hot [n,10]), slicing views per batch. */
    public static EvaluationReport evaluate(MultiLayerNetwork net, INDArray features, INDArray labels) {
        int n = (int) features.size(0);
        Evaluation eval = new Evaluation(MnistSet.CLASSES);
        double lossSum = 0;
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            INDArray x = Tensors.rows(features, start, end);
            INDArray y = Tensors.rows(labels, start, end);
            INDArray out = net.output(x, false);
            eval.eval(y, out);
            INDArray pTrue = out.mul(y).sum(1);
            lossSum -= Transforms.log(Transforms.max(pTrue, EPSILON), false).sumNumber().doubleValue();
        }
        return report(eval, n, lossSum / n);
    }

    private static EvaluationReport report(Evaluation eval, int n, double loss) {
        int k = MnistSet.CLASSES;
        int[][] confusion = new int[k][k];
        double[] perClass = new double[k];
        for (int actual = 0; actual < k; actual++) {
            int total = 0;
            for (int predicted = 0; predicted < k; predicted++) {
                confusion[actual][predicted] = eval.getConfusionMatrix().getCount(actual, predicted);
                total += confusion[actual][predicted];
            }
            perClass[actual] = total == 0 ? 0 : (double) confusion[actual][actual] / total;
        }
        return new EvaluationReport(n, eval.accuracy(), loss, perClass, confusion);
    }
}
