package app.digitpad.inference;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two models part ways on a labelled set: the digits one reads right and the other wrong, which a
 * pair of accuracies hides (99.59% and 99.25% can share most mistakes, or none). Runs on the caller's
 * thread with networks the caller owns.
 */
public final class Disagreements {

    /** Batches of this many: both cores busy, little memory. */
    private static final int BATCH = 500;

    /** One digit the two models read differently, only one of them right. */
    public record Case(int index, int label, int first, int second) {

        public boolean firstRight() {
            return first == label;
        }
    }

    /** How both did, and the digits only one of them got right, in set order. */
    public record Report(int count, int firstRight, int secondRight, List<Case> onlyFirst, List<Case> onlySecond) {
    }

    private Disagreements() {
    }

    public static Report find(Network first, Network second, MnistSet set) {
        int[] a = answers(first, set);
        int[] b = answers(second, set);
        int aRight = 0;
        int bRight = 0;
        List<Case> onlyA = new ArrayList<>();
        List<Case> onlyB = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            int label = set.label(i);
            aRight += a[i] == label ? 1 : 0;
            bRight += b[i] == label ? 1 : 0;
            if (a[i] == label && b[i] != label) {
                onlyA.add(new Case(i, label, a[i], b[i]));
            } else if (b[i] == label && a[i] != label) {
                onlyB.add(new Case(i, label, a[i], b[i]));
            }
        }
        return new Report(set.size(), aRight, bRight, onlyA, onlyB);
    }

    private static int[] answers(Network net, MnistSet set) {
        int n = set.size();
        int[] out = new int[n];
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            float[][] probabilities = net.outputs(set.inputs(start, end), end - start);
            for (int i = start; i < end; i++) {
                out[i] = Prediction.of(probabilities[i - start]).digit();
            }
        }
        return out;
    }
}
