package app.digitpad.explain;

import app.digitpad.inference.Prediction;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks inside a model for one input: every convolution layer's maps, the first layer's filters, and
 * which pixels the answer rests on (occlusion). It owns a copy of the network, since DL4J networks are
 * not thread-safe; its methods are synchronized, any thread may call them (the FX thread should not: a
 * saliency map is hundreds of forward passes).
 */
public final class Explainer {

    private static final int SIDE = DigitNormalizer.SIDE;

    private final Network network;

    public Explainer(Network source) {
        this.network = source.copy();
    }

    public synchronized Prediction predict(float[] input28) {
        return Prediction.of(network.output(input28));
    }

    /** The activation maps of every convolution layer, in network order (none for an ONNX graph). */
    public synchronized List<FeatureMaps> featureMaps(float[] input28) {
        List<Network.Layer> layers = network.layers();
        if (layers.isEmpty()) {
            return List.of();
        }
        List<Forward.LayerActivations> activations = network.activations(input28, 1, 0, layers.size() - 1);
        List<FeatureMaps> maps = new ArrayList<>();
        for (Network.Layer layer : layers) {
            if (layer.kind() == Network.Kind.CONVOLUTION) {
                long[] shape = activations.get(layer.index()).shape();
                maps.add(new FeatureMaps(layer.index(), layer.name(), (int) shape[0], (int) shape[1], (int) shape[2],
                        activations.get(layer.index()).rows()[0]));
            }
        }
        return maps;
    }

    /** The first convolution layer's filters as maps: one per output channel, of its kernel's size. */
    public synchronized FeatureMaps firstFilters() {
        for (Network.Layer layer : network.layers()) {
            if (layer.kind() == Network.Kind.CONVOLUTION) {
                Network.Weights w = network.weights(layer.index());
                long[] s = w.shape();
                return new FeatureMaps(layer.index(), layer.name(), (int) (s[0] * s[1]), (int) s[2], (int) s[3],
                        w.values());
            }
        }
        throw new IllegalStateException("the network has no convolution layer");
    }

    /**
     * Occlusion saliency: for every position of a {@code patch} x {@code patch} square, the input with that
     * square blanked; each pixel gets the mean drop in {@code digit}'s probability over the squares that
     * covered it. Positive: ink that argued for the digit.
     */
    public synchronized float[] occlusion(float[] input28, int digit, int patch) {
        int positions = SIDE - patch + 1;
        List<float[]> variants = new ArrayList<>();
        for (int top = 0; top < positions; top++) {
            for (int left = 0; left < positions; left++) {
                float[] v = input28.clone();
                for (int y = top; y < top + patch; y++) {
                    java.util.Arrays.fill(v, y * SIDE + left, y * SIDE + left + patch, 0f);
                }
                variants.add(v);
            }
        }
        float base = network.output(input28)[digit];
        float[][] out = predictAll(variants);
        float[] sum = new float[SIDE * SIDE];
        int[] count = new int[SIDE * SIDE];
        for (int i = 0; i < variants.size(); i++) {
            float drop = base - out[i][digit];
            int top = i / positions;
            int left = i % positions;
            for (int y = top; y < top + patch; y++) {
                for (int x = left; x < left + patch; x++) {
                    sum[y * SIDE + x] += drop;
                    count[y * SIDE + x]++;
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count[i];
        }
        return sum;
    }

    /**
     * The inputs as the last hidden layer sees them (the layer before the output): the network's own
     * notion of which digits look alike. Row-major, {@link #embeddingSize} values per input.
     */
    public synchronized float[] embed(List<float[]> inputs) {
        int hidden = network.layers().size() - 2;
        float[][] rows = network.activations(batch(inputs), inputs.size(), hidden, hidden).get(0).rows();
        int n = embeddingSize();
        float[] out = new float[rows.length * n];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * n, n);
        }
        return out;
    }

    /** Values per input that {@link #embed} returns. */
    public synchronized int embeddingSize() {
        return (int) network.weights(network.layers().size() - 1).shape()[0];
    }

    /** Probabilities for many inputs, one row each. */
    synchronized float[][] predictAll(List<float[]> inputs) {
        return network.outputs(batch(inputs), inputs.size());
    }

    private static float[] batch(List<float[]> inputs) {
        float[] all = new float[inputs.size() * SIDE * SIDE];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, all, i * SIDE * SIDE, SIDE * SIDE);
        }
        return all;
    }
}
