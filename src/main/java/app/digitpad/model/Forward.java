package app.digitpad.model;

import app.digitpad.data.MnistSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one way the app runs a network forward: inputs go in as Java floats, answers come out as Java floats,
 * and no native array outlives the call.
 *
 * <p>ND4J frees an array's native memory only when the garbage collector finds its Java object, and the
 * heap barely notices arrays whose bytes live outside it: a half-hour session grew to 13 GB that way. Here
 * every array of a pass (input, output, temporaries) lives in a workspace that is reset when the pass
 * ends; the workspace's memory is kept for the calling thread's next pass. Inputs go through in chunks of
 * {@link #CHUNK}, so what a thread keeps is bounded by a chunk, not by how many inputs a caller has (a
 * noisy photo once sent tens of thousands of segment candidates through in one batch). Networks of the usual
 * layers go through {@link LayerByLayer} (the same answers, max pooling without oneDNN), others through DL4J.
 *
 * <p>Any thread may call it, but never two threads on one network: a DL4J network is not thread-safe.
 */
public final class Forward {

    /**
     * Inputs per forward pass: enough for both cores to share a pass, small enough that the largest
     * network's activations for a chunk stay in tens of megabytes. 64, not 256: the same time for MNIST's
     * 10,000 test digits and a number's candidates, and 50-75 MB less resident for both (a strip of 200 digits
     * read twice peaked at 464-494 MB with 256, 391-435 MB with 64; BENCHMARKS.md).
     */
    public static final int CHUNK = 64;

    /**
     * Reused per thread: sized by the first chunk, grown (reallocated) for a bigger one; {@link LayerByLayer}'s
     * two layer workspaces are made alike.
     */
    static final WorkspaceConfiguration SCRATCH = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.2)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();
    private static final String WORKSPACE = "digitpad-forward";

    private Forward() {
    }

    /** The shape of one input: channels x side x side. */
    public record InputShape(int channels, int side) {
        public int values() {
            return channels * side * side;
        }
    }

    /** A digit model's (and the gate's) input: one 28x28 grey image. */
    public static final InputShape DIGIT = new InputShape(1, MnistSet.SIDE);

    /**
     * At most this many inputs are computed on the calling thread alone: two cores sharing so small a pass
     * through OpenMP took longer than one (the digit model on 4 inputs 3.2-3.4 ms against 1.9, on 12 about even,
     * on 24 4.1 against 7.1-7.5; BENCHMARKS.md).
     */
    static final int SMALL = 8;

    /** The network's output rows for {@code count} inputs laid end to end in {@code inputs}. */
    public static float[][] outputs(MultiLayerNetwork network, float[] inputs, int count, InputShape shape) {
        if (count <= SMALL) {
            try (Backend.SingleThreaded one = Backend.singleThreaded()) {
                return chunks(network, inputs, count, shape);
            }
        }
        return chunks(network, inputs, count, shape);
    }

    private static float[][] chunks(MultiLayerNetwork network, float[] inputs, int count, InputShape shape) {
        check(inputs, count, shape);
        float[][] rows = new float[count][];
        boolean layerByLayer = LayerByLayer.handles(network);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(SCRATCH, WORKSPACE)) {
                INDArray x = chunk(inputs, from, n, shape);
                float[][] out = layerByLayer ? LayerByLayer.outputs(network, x, n, WORKSPACE)
                        : network.output(x, false, null, null, ws).toFloatMatrix();
                System.arraycopy(out, 0, rows, from, n);
            }
        }
        return rows;
    }

    /** The output row of a single input, computed on the calling thread alone (too little work to share). */
    public static float[] output(MultiLayerNetwork network, float[] input, InputShape shape) {
        return outputs(network, input, 1, shape)[0];
    }

    /**
     * One layer's activations for a batch: {@code shape} is one input's (channels, height, width for a
     * convolution layer; units for a dense one), {@code rows[i]} input i's values in 'c' order.
     */
    public record LayerActivations(long[] shape, float[][] rows) {
    }

    /**
     * The activations of layers {@code first..last} for {@code count} inputs, one entry per layer from
     * {@code first}. The network's detached activations are closed before returning.
     */
    public static List<LayerActivations> activations(MultiLayerNetwork network, float[] inputs, int count,
                                                     InputShape shape, int first, int last) {
        check(inputs, count, shape);
        int layers = last - first + 1;
        long[][] shapes = new long[layers][];
        float[][][] rows = new float[layers][count][];
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            INDArray x = chunk(inputs, from, n, shape);
            List<INDArray> acts = new ArrayList<>();
            try {
                acts.addAll(network.feedForwardToLayer(last, x, false));
                for (int k = 0; k < layers; k++) {
                    INDArray a = acts.get(first + k + 1);
                    long[] full = a.shape();
                    shapes[k] = Arrays.copyOfRange(full, 1, full.length);
                    float[] all = values(a);
                    int per = all.length / n;
                    for (int i = 0; i < n; i++) {
                        rows[k][from + i] = Arrays.copyOfRange(all, i * per, (i + 1) * per);
                    }
                }
            } finally {
                acts.forEach(Forward::free);
                free(x);
            }
        }
        List<LayerActivations> out = new ArrayList<>();
        for (int k = 0; k < layers; k++) {
            out.add(new LayerActivations(shapes[k], rows[k]));
        }
        return out;
    }

    /** A copy of a parameter array (weights) as 'c'-order floats, with the copy freed at once. */
    public static float[] values(INDArray array) {
        INDArray copy = array.dup('c');
        try {
            return copy.reshape(copy.length()).toFloatVector();
        } finally {
            free(copy);
        }
    }

    /**
     * Frees every workspace the calling thread holds: DL4J's (a training run's activations and gradients,
     * sized for its batch) and {@link #CHUNK}'s scratch. A worker thread keeps them for its life otherwise,
     * so a long job (training, fine-tuning, embedding 60,000 digits) calls this when it ends; the next job
     * on the thread makes them anew.
     */
    public static void releaseThreadMemory() {
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
    }

    /** Frees an array's native memory now, where ND4J allows it (not a view, not in a workspace). */
    public static void free(INDArray array) {
        if (array != null && !array.wasClosed() && array.closeable()) {
            array.close();
        }
    }

    /** Inputs {@code [from, from + n)} copied straight into a new native array (no Java copy on the way). */
    private static INDArray chunk(float[] inputs, int from, int n, InputShape shape) {
        INDArray x = Nd4j.create(DataType.FLOAT, new long[] {n, shape.channels(), shape.side(), shape.side()}, 'c');
        x.data().asNioFloat().put(inputs, from * shape.values(), n * shape.values());
        return x;
    }

    private static void check(float[] inputs, int count, InputShape shape) {
        if (count < 1 || inputs.length != (long) count * shape.values()) {
            throw new IllegalArgumentException("expected " + count + " inputs of " + shape.values()
                    + " values, got " + inputs.length + " values");
        }
    }
}
