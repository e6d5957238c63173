package app.digitpad.training;

import app.digitpad.data.MnistSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A whole MNIST set as native tensors, sliced into batches by views without copying: for the speed
 * benchmark's fixed batches and for tests that drive DL4J directly. The normal training path feeds
 * augmented batches instead ({@link BatchFeed}). Any thread; the caller frees what it gets.
 */
public final class Tensors {

    private Tensors() {
    }

    /** All images as one [n,1,28,28] float tensor scaled to 0..1. */
    public static INDArray features(MnistSet set) {
        return Nd4j.create(set.inputs(0, set.size()), new long[] {set.size(), 1, MnistSet.SIDE, MnistSet.SIDE}, 'c');
    }

    /** All labels one-hot as one [n,10] float tensor. */
    public static INDArray oneHotLabels(MnistSet set) {
        float[] all = new float[set.size() * MnistSet.CLASSES];
        for (int i = 0; i < set.size(); i++) {
            all[i * MnistSet.CLASSES + set.label(i)] = 1f;
        }
        return Nd4j.create(all, new long[] {set.size(), MnistSet.CLASSES}, 'c');
    }

    /** Rows {@code [from, to)} along the first axis of a rank-2 or rank-4 tensor, as a view. */
    public static INDArray rows(INDArray a, int from, int to) {
        if (a.rank() == 4) {
            return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
        }
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
