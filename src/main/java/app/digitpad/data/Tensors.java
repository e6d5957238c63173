package app.digitpad.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Row slicing of batch-first tensors as views, the one way the project cuts batches without copying. */
public final class Tensors {

    private Tensors() {
    }

    /** Rows {@code [from, to)} along the first axis of a rank-2 or rank-4 tensor, as a view. */
    public static INDArray rows(INDArray a, int from, int to) {
        if (a.rank() == 4) {
            return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
        }
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
