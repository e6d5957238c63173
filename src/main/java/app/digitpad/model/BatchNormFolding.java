package app.digitpad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Answers as a network with batch normalization does, without its batch-normalization layers. Once trained,
 * such a layer is a fixed scale and shift per channel, which the weights and bias of the next convolution or
 * dense layer can take in (through max pooling too, when every scale is positive). For one drawing DL4J's
 * cost is mostly a fixed cost per layer, so the bundled model answers in two thirds of the time with 7 layers
 * instead of 11 (BENCHMARKS.md, "Prediction latency").
 *
 * <p>The folded network only answers: it is never trained, saved or looked into. A network this cannot fold
 * exactly (a layer it does not know after a batch normalization, padding that would not be shifted, a
 * negative scale before pooling) is left alone, and every folded network is checked against its original
 * on probe inputs before it is used.
 *
 * <p>Any thread, on a network no other thread uses at the time.
 */
final class BatchNormFolding {

    /** The largest difference in any output allowed between the folded network and its original. */
    static final double TOLERANCE = 1e-4;
    /** Probe inputs the folded network is checked on. */
    private static final int PROBES = 4;

    private BatchNormFolding() {
    }

    /** One batch normalization's effect at inference, {@code x * scale + shift} per channel. */
    private record Affine(double[] scale, double[] shift) {
        boolean positive() {
            for (double s : scale) {
                if (!(s > 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The network with every batch normalization folded into the layer after it, or empty when it has none
     * or one cannot be folded exactly. {@code input} is one input's shape, for the check.
     */
    static Optional<MultiLayerNetwork> fold(MultiLayerNetwork network, Forward.InputShape input) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<Integer> kept = new ArrayList<>();
        Affine[] into = new Affine[network.getnLayers()];
        for (int i = 0; i < network.getnLayers(); i++) {
            if (!(conf.getConf(i).getLayer() instanceof BatchNormalization)) {
                kept.add(i);
                continue;
            }
            Optional<Affine> affine = affine(network, i);
            int target = target(conf, i, affine.map(Affine::positive).orElse(false));
            if (affine.isEmpty() || target < 0 || conf.getInputPreProcess(i) != null || into[target] != null) {
                return Optional.empty();
            }
            into[target] = affine.get();
        }
        if (kept.size() == network.getnLayers()) {
            return Optional.empty();
        }
        MultiLayerNetwork folded = build(network, kept);
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            copyParameters(network, i, folded, k);
            if (into[i] != null) {
                absorb(folded, k, into[i]);
            }
        }
        return answersAlike(network, folded, input) ? Optional.of(folded) : Optional.empty();
    }

    /**
     * The scale and shift of batch normalization layer {@code i}, or empty for a form this does not know. Its
     * configured activation is not looked at: DL4J's batch normalization applies none when answering (the
     * bundled model's layers name sigmoid, the configuration builder's default, and answer linearly), and
     * the check against the original would catch one that did.
     */
    private static Optional<Affine> affine(MultiLayerNetwork network, int i) {
        BatchNormalization bn = (BatchNormalization) network.getLayerWiseConfigurations().getConf(i).getLayer();
        Map<String, INDArray> p = network.getLayer(i).paramTable();
        boolean channelsFirst = bn.getCnn2DFormat() == null || bn.getCnn2DFormat() == CNN2DFormat.NCHW;
        if (!channelsFirst || !p.containsKey("gamma")
                || !p.containsKey("beta") || !p.containsKey("mean")) {
            return Optional.empty();
        }
        double[] gamma = p.get("gamma").toDoubleVector();
        double[] beta = p.get("beta").toDoubleVector();
        double[] mean = p.get("mean").toDoubleVector();
        double[] variance = variance(p, gamma.length);
        if (variance == null) {
            return Optional.empty();
        }
        double[] scale = new double[gamma.length];
        double[] shift = new double[gamma.length];
        for (int c = 0; c < scale.length; c++) {
            scale[c] = gamma[c] / Math.sqrt(variance[c] + bn.getEps());
            shift[c] = beta[c] - mean[c] * scale[c];
        }
        return Optional.of(new Affine(scale, shift));
    }

    /**
     * The running variance: stored as such, or as log10 of the standard deviation, which DL4J squares back
     * into a variance and then adds epsilon to, as to any variance (measured on the bundled model: reading it
     * as the standard deviation itself missed by up to 1.5% of a channel's scale).
     */
    private static double[] variance(Map<String, INDArray> p, int channels) {
        if (p.containsKey("var")) {
            return p.get("var").toDoubleVector();
        }
        if (!p.containsKey("log10stdev")) {
            return null;
        }
        double[] log10 = p.get("log10stdev").toDoubleVector();
        double[] variance = new double[channels];
        for (int c = 0; c < channels; c++) {
            variance[c] = Math.pow(10, 2 * log10[c]);
        }
        return variance;
    }

    /**
     * The layer that takes in normalization {@code i}: the next layer, past max pooling when every scale is
     * positive (max pooling commutes with a positive scale); -1 when that is not a layer this can fold into.
     */
    private static int target(MultiLayerConfiguration conf, int i, boolean positive) {
        int j = i + 1;
        while (j < conf.getConfs().size() && conf.getConf(j).getLayer() instanceof SubsamplingLayer pool
                && pool.getPoolingType() == org.deeplearning4j.nn.conf.layers.PoolingType.MAX && positive
                && conf.getInputPreProcess(j) == null) {
            j++;
        }
        if (j >= conf.getConfs().size()) {
            return -1;
        }
        Layer layer = conf.getConf(j).getLayer();
        if (layer.getClass() == ConvolutionLayer.class) {
            ConvolutionLayer conv = (ConvolutionLayer) layer;
            boolean unpadded = conv.getPadding()[0] == 0 && conv.getPadding()[1] == 0
                    && conv.getConvolutionMode() != ConvolutionMode.Same && conv.getConvolutionMode() != ConvolutionMode.Causal;
            boolean channelsFirst = conv.getCnn2dDataFormat() == null || conv.getCnn2dDataFormat() == CNN2DFormat.NCHW;
            return unpadded && channelsFirst && conv.hasBias() && conf.getInputPreProcess(j) == null ? j : -1;
        }
        boolean dense = layer.getClass() == DenseLayer.class && ((DenseLayer) layer).hasBias()
                || layer.getClass() == OutputLayer.class && ((OutputLayer) layer).hasBias();
        InputPreProcessor pre = conf.getInputPreProcess(j);
        boolean flattened = pre == null || pre instanceof CnnToFeedForwardPreProcessor flat
                && (flat.getFormat() == null || flat.getFormat() == CNN2DFormat.NCHW);
        return dense && flattened ? j : -1;
    }

    /** The original's layers {@code kept}, with their input preprocessors, initialised. */
    private static MultiLayerNetwork build(MultiLayerNetwork network, List<Integer> kept) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(conf.getDataType())
                .list();
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            list.layer(k, conf.getConf(i).getLayer().clone());
            if (conf.getInputPreProcess(i) != null) {
                list.inputPreProcessor(k, conf.getInputPreProcess(i).clone());
            }
        }
        MultiLayerNetwork folded = new MultiLayerNetwork(list.build());
        folded.init();
        return folded;
    }

    private static void copyParameters(MultiLayerNetwork from, int i, MultiLayerNetwork to, int k) {
        for (Map.Entry<String, INDArray> e : from.getLayer(i).paramTable().entrySet()) {
            to.getLayer(k).getParam(e.getKey()).assign(e.getValue());
        }
    }

    /**
     * Makes layer {@code k} take {@code x * scale + shift} into account: weights on input channel c are
     * multiplied by scale[c], and what the shift adds through the weights goes into the bias. A dense layer's
     * inputs are a convolution's output flattened channel by channel, or the channels themselves.
     */
    private static void absorb(MultiLayerNetwork net, int k, Affine affine) {
        INDArray w = net.getLayer(k).getParam("W");
        INDArray b = net.getLayer(k).getParam("b");
        boolean conv = w.rank() == 4;
        long outputs = conv ? w.size(0) : w.size(1);
        long inputs = conv ? w.size(1) * w.size(2) * w.size(3) : w.size(0);
        long perChannel = inputs / affine.scale().length;
        float[][] weights = conv ? w.reshape(outputs, inputs).toFloatMatrix() : w.transpose().toFloatMatrix();
        for (int o = 0; o < outputs; o++) {
            double added = 0;
            for (int in = 0; in < inputs; in++) {
                int c = (int) (in / perChannel);
                added += weights[o][in] * affine.shift()[c];
                weights[o][in] = (float) (weights[o][in] * affine.scale()[c]);
            }
            b.putScalar(o, b.getDouble(o) + added);
        }
        INDArray folded = Nd4j.create(weights);
        try {
            w.assign(conv ? folded.reshape(w.shape()) : folded.transpose());
        } finally {
            Forward.free(folded);
        }
    }

    /**
     * Whether both networks give the same outputs, within {@link #TOLERANCE}, on a few fixed probe inputs: a
     * blank one, and noise dense and sparse (some ink, as a digit has).
     */
    private static boolean answersAlike(MultiLayerNetwork a, MultiLayerNetwork b, Forward.InputShape input) {
        float[] probes = new float[PROBES * input.values()];
        java.util.Random random = new java.util.Random(PROBES);
        for (int i = input.values(); i < probes.length; i++) {
            boolean sparse = i / input.values() % 2 == 1;
            probes[i] = sparse && random.nextFloat() > 0.2f ? 0 : random.nextFloat();
        }
        float[][] x = Forward.outputs(a, probes, PROBES, input);
        float[][] y = Forward.outputs(b, probes, PROBES, input);
        for (int i = 0; i < PROBES; i++) {
            if (x[i].length != y[i].length) {
                return false;
            }
            for (int j = 0; j < x[i].length; j++) {
                if (!(Math.abs(x[i][j] - y[i][j]) <= TOLERANCE)) {
                    return false;
                }
            }
        }
        return true;
    }
}
