package app.digitpad.inference;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * What a model gets wrong on a labelled set: the confusion matrix and the misclassified images, most
 * confident mistakes first, because those are the ones worth looking at.
 */
public final class ErrorAnalysis {

    /** Forward pass in batches of this many images. */
    private static final int BATCH = 500;

    /** One misclassified image: its index in the set, the truth, the answer and how sure the model was. */
    public record Mistake(int index, int actual, int predicted, float confidence) {
    }

    /** The result; {@code confusion[actual][predicted]}. */
    public record Report(int[][] confusion, List<Mistake> mistakes, int count) {
        /** Images on the confusion matrix's diagonal. */
        public int correct() {
            int correct = 0;
            for (int d = 0; d < confusion.length; d++) {
                correct += confusion[d][d];
            }
            return correct;
        }

        public double accuracy() {
            return (double) correct() / count;
        }
    }

    private ErrorAnalysis() {
    }

    /** Analyses the whole set, keeping at most {@code maxMistakes} mistakes (the most confident ones). */
    public static Report analyze(Network net, MnistSet set, int maxMistakes) {
        int[][] confusion = new int[MnistSet.CLASSES][MnistSet.CLASSES];
        List<Mistake> mistakes = new ArrayList<>();
        for (int start = 0; start < set.size(); start += BATCH) {
            int end = Math.min(set.size(), start + BATCH);
            float[][] out = net.outputs(set.inputs(start, end), end - start);
            for (int i = 0; i < out.length; i++) {
                Prediction p = Prediction.of(out[i]);
                int actual = set.label(start + i);
                confusion[actual][p.digit()]++;
                if (p.digit() != actual) {
                    mistakes.add(new Mistake(start + i, actual, p.digit(), p.confidence()));
                }
            }
        }
        mistakes.sort((a, b) -> Float.compare(b.confidence(), a.confidence()));
        return new Report(confusion, List.copyOf(mistakes.subList(0, Math.min(maxMistakes, mistakes.size()))),
                set.size());
    }
}
