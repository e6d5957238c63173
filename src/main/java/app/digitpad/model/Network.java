package app.digitpad.model;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer.Type;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained network as the app uses it: Java floats in, Java floats out, its layers described for the
 * Explain tab, a copy for another thread. It is the one seam around Deeplearning4j: outside {@code model},
 * {@code training} and {@code checkpoint} nothing names a DL4J type (ArchitectureTest checks it), so a
 * network of another kind (a graph with branches, one imported from Keras or ONNX) is a change here, not in
 * every feature that reads digits.
 *
 * <p>Most networks are DL4J's (trained here, or imported from Keras and made DigitPad-shaped by
 * {@link KerasImport}); an ONNX graph ({@link OnnxModel}) only answers: it has no layers to look into or
 * train ({@link #layered}), and callers that need them say so to the user.
 *
 * <p>Not thread-safe, like the DL4J network inside: each thread that uses one owns it ({@link #copy}).
 */
public final class Network {

    /** What a layer does, as far as the app's explanations care. */
    public enum Kind { CONVOLUTION, DENSE, OTHER }

    /** One layer: its place, name, kind and parameter count. */
    public record Layer(int index, String name, Kind kind, long parameters) {
    }

    /** A layer's weight array: its shape (DL4J's order: out, in, kernel height, kernel width) and values. */
    public record Weights(long[] shape, float[] values) {
    }

    private final MultiLayerNetwork dl4j;
    private final OnnxModel onnx;
    private final Forward.InputShape input;
    /** True for {@link #answering}'s network: its layers are not the model's. */
    private final boolean answersOnly;

    private Network(MultiLayerNetwork dl4j, OnnxModel onnx, Forward.InputShape input, boolean answersOnly) {
        this.dl4j = dl4j;
        this.onnx = onnx;
        this.input = input;
        this.answersOnly = answersOnly;
    }

    private Network(MultiLayerNetwork dl4j, Forward.InputShape input) {
        this(dl4j, null, input, false);
    }

    /** A digit model from an ONNX file, run as exported. */
    static Network onnx(OnnxModel model) {
        return new Network(null, model, Forward.DIGIT, false);
    }

    /**
     * True for a DL4J network: its layers, activations and weights can be read and it can be trained.
     * False for an ONNX graph, which only answers ({@link #outputs}, {@link #output}).
     */
    public boolean layered() {
        return dl4j != null && !answersOnly;
    }

    /** Wraps a DL4J network that takes inputs of this shape (it is used, not copied). */
    public static Network of(MultiLayerNetwork dl4j, Forward.InputShape input) {
        return new Network(dl4j, input);
    }

    /** A digit model: one 28x28 grey image in. */
    public static Network digits(MultiLayerNetwork dl4j) {
        return new Network(dl4j, Forward.DIGIT);
    }

    /** The DL4J network inside, for training and saving: only {@code model}, {@code training}, {@code checkpoint}. */
    public MultiLayerNetwork dl4jNetwork() {
        if (answersOnly) {
            throw new IllegalStateException("a network made for answering only has no layers to look into or train");
        }
        if (dl4j == null) {
            throw new IllegalStateException("an ONNX model has no DL4J network inside (check layered() first)");
        }
        return dl4j;
    }

    public Forward.InputShape input() {
        return input;
    }

    /** An independent copy (weights, and updater state for training) for another thread. */
    public Network copy() {
        return dl4j == null ? new Network(null, onnx, input, answersOnly)
                : new Network(dl4j.clone(), null, input, answersOnly);
    }

    /**
     * An independent copy that only answers ({@link #output}, {@link #outputs}), the same answers faster:
     * batch normalization folded into the layers after it ({@link BatchNormFolding}, checked against this
     * network), or a plain copy when there is none to fold. Not {@link #layered}: explanations, training and
     * saving use the network itself.
     */
    public Network answering() {
        if (dl4j == null) {
            return copy();
        }
        return new Network(BatchNormFolding.fold(dl4j, input).orElseGet(dl4j::clone), null, input, true);
    }

    /** The output rows of {@code count} inputs laid end to end, in chunks ({@link Forward}). */
    public float[][] outputs(float[] inputs, int count) {
        if (dl4j == null) {
            return onnx.outputs(inputs, count);
        }
        return Forward.outputs(dl4j, inputs, count, input);
    }

    /** The output row of one input, computed on the calling thread alone. */
    public float[] output(float[] one) {
        if (dl4j == null) {
            return onnx.outputs(one, 1)[0];
        }
        return Forward.output(dl4j, one, input);
    }

    /** The activations of layers {@code first..last} (see {@link Forward#activations}). */
    public List<Forward.LayerActivations> activations(float[] inputs, int count, int first, int last) {
        dl4jNetwork();
        return Forward.activations(dl4j, inputs, count, input, first, last);
    }

    /** Its layers; none for an ONNX graph or a network made for answering. */
    public List<Layer> layers() {
        List<Layer> out = new ArrayList<>();
        if (!layered()) {
            return out;
        }
        for (int i = 0; i < dl4j.getnLayers(); i++) {
            org.deeplearning4j.nn.api.Layer layer = dl4j.getLayer(i);
            Kind kind = layer.type() == Type.CONVOLUTIONAL ? Kind.CONVOLUTION
                    : layer.type() == Type.FEED_FORWARD ? Kind.DENSE : Kind.OTHER;
            out.add(new Layer(i, layer.conf().getLayer().getLayerName(), kind, layer.numParams()));
        }
        return out;
    }

    /** Layer {@code index}'s weights ("W"). */
    public Weights weights(int index) {
        INDArray w = dl4jNetwork().getLayer(index).getParam("W");
        return new Weights(w.shape(), Forward.values(w));
    }

    /** Its parameter count; -1 for an ONNX graph, whose weights ONNX Runtime does not show. */
    public long parameterCount() {
        return dl4j == null ? -1 : dl4j.numParams();
    }

    /** The epochs it has been trained for, as DL4J counts them. */
    public int epochCount() {
        return dl4j == null ? 0 : dl4j.getEpochCount();
    }
}
