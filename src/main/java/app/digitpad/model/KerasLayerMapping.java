package app.digitpad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One DL4J layer as the Keras layers that compute the same (a layer's own dropout becomes a Dropout layer
 * before it, as DL4J drops the layer's inputs), with its weights moved into Keras' layout.
 */
final class KerasLayerMapping {

    private KerasLayerMapping() {
    }

    static void add(KerasExport.KerasLayers out, org.deeplearning4j.nn.api.Layer runtime, InputType input,
                    CnnToFeedForwardPreProcessor flat) throws ExportException {
        Layer conf = runtime.conf().getLayer();
        dropout(out, conf.getIDropout(), conf);
        if (conf.getClass() == ConvolutionLayer.class) {
            conv(out, runtime, (ConvolutionLayer) conf);
        } else if (conf.getClass() == SubsamplingLayer.class) {
            pool(out, (SubsamplingLayer) conf);
        } else if (conf instanceof BatchNormalization bn) {
            batchNorm(out, runtime, bn, input);
        } else if (conf.getClass() == DenseLayer.class || conf.getClass() == OutputLayer.class) {
            dense(out, runtime, (BaseLayer) conf, flat);
        } else if (conf instanceof ActivationLayer a) {
            out.add(KerasConfig.activation(out.name("activation"), activation(a.getActivationFn(), conf)), List.of());
        } else if (!(conf instanceof DropoutLayer)) {
            throw new ExportException("layer '" + name(conf) + "' is a DL4J " + conf.getClass().getSimpleName()
                    + ", which the Keras export does not write");
        }
    }

    private static void dropout(KerasExport.KerasLayers out, IDropout dropout, Layer conf) throws ExportException {
        if (dropout == null) {
            return;
        }
        if (!(dropout instanceof Dropout d) || d.getPSchedule() != null) {
            throw new ExportException("layer '" + name(conf) + "' drops inputs with " + dropout + ", which Keras' "
                    + "Dropout layer cannot say");
        }
        out.add(KerasConfig.dropout(out.name("dropout"), 1 - d.getP()), List.of());
    }

    private static void conv(KerasExport.KerasLayers out, org.deeplearning4j.nn.api.Layer runtime, ConvolutionLayer c)
            throws ExportException {
        int[] k = c.getKernelSize();
        boolean plain = k[0] == k[1] && Arrays.equals(c.getStride(), new int[] {1, 1})
                && Arrays.equals(c.getDilation(), new int[] {1, 1}) && c.hasBias();
        String padding = c.getConvolutionMode() == ConvolutionMode.Same ? "same"
                : Arrays.equals(c.getPadding(), new int[] {0, 0}) ? "valid" : null;
        if (!plain || padding == null) {
            throw new ExportException("layer '" + name(c) + "' is a convolution the Keras export does not write "
                    + "(it writes square kernels, stride 1, no dilation, a bias and 'same' or 'valid' padding)");
        }
        INDArray w = runtime.getParam("W");
        List<KerasExport.Weight> weights = List.of(
                new KerasExport.Weight("kernel", new long[] {k[0], k[1], c.getNIn(), c.getNOut()},
                        Forward.values(w.permute(2, 3, 1, 0))),
                bias(runtime));
        out.add(KerasConfig.conv(out.name("conv2d"), (int) c.getNOut(), k[0], padding,
                activation(c.getActivationFn(), c)), weights);
    }

    private static void pool(KerasExport.KerasLayers out, SubsamplingLayer s) throws ExportException {
        int[] k = s.getKernelSize();
        String kind = s.getPoolingType() == PoolingType.MAX ? "MaxPooling2D"
                : s.getPoolingType() == PoolingType.AVG ? "AveragePooling2D" : null;
        if (kind == null || k[0] != k[1] || !Arrays.equals(s.getStride(), k) || !Arrays.equals(s.getPadding(), new int[] {0, 0})
                || s.getConvolutionMode() == ConvolutionMode.Same) {
            throw new ExportException("layer '" + name(s) + "' is a pooling the Keras export does not write (it writes "
                    + "max or average pooling over square windows with a stride of the window, no padding)");
        }
        out.add(KerasConfig.pool(out.name(kind.equals("MaxPooling2D") ? "max_pooling2d" : "average_pooling2d"),
                kind, k[0]), List.of());
    }

    private static void batchNorm(KerasExport.KerasLayers out, org.deeplearning4j.nn.api.Layer runtime,
                                  BatchNormalization bn, InputType input) {
        long n = bn.getNOut();
        float[] gamma = bn.isLockGammaBeta() ? filled(n, bn.getGamma()) : Forward.values(runtime.getParam("gamma"));
        float[] beta = bn.isLockGammaBeta() ? filled(n, bn.getBeta()) : Forward.values(runtime.getParam("beta"));
        float[] variance;
        boolean images = input instanceof InputType.InputTypeConvolutional;
        if (runtime.paramTable().containsKey("log10stdev")) {
            // DL4J keeps log10 of sqrt(variance + eps). Over feature maps its oneDNN path (the default here)
            // squares that back into the variance and adds eps again; over a dense layer's units it divides by
            // the deviation as kept. The file says what DL4J computes, so Keras answers as DigitPad does.
            float[] log10 = Forward.values(runtime.getParam("log10stdev"));
            variance = new float[log10.length];
            for (int i = 0; i < log10.length; i++) {
                variance[i] = (float) (Math.pow(10, 2.0 * log10[i]) - (images ? 0 : bn.getEps()));
            }
        } else {
            variance = Forward.values(runtime.getParam("var"));
        }
        long[] shape = {n};
        out.add(KerasConfig.batchNorm(out.name("batch_normalization"), images ? 3 : 1, bn.getEps(), bn.getDecay()), List.of(new KerasExport.Weight("gamma", shape, gamma), new KerasExport.Weight("beta", shape, beta),
                new KerasExport.Weight("moving_mean", shape, Forward.values(runtime.getParam("mean"))),
                new KerasExport.Weight("moving_variance", shape, variance)));
    }

    private static void dense(KerasExport.KerasLayers out, org.deeplearning4j.nn.api.Layer runtime, BaseLayer d,
                              CnnToFeedForwardPreProcessor flat) throws ExportException {
        INDArray w = runtime.getParam("W");
        long in = w.size(0);
        long units = w.size(1);
        if (flat != null) {
            long h = flat.getInputHeight();
            long wd = flat.getInputWidth();
            long c = flat.getNumChannels();
            w = w.reshape('c', c, h, wd, units).permute(1, 2, 0, 3);
        }
        List<KerasExport.Weight> weights = new ArrayList<>();
        weights.add(new KerasExport.Weight("kernel", new long[] {in, units}, Forward.values(w)));
        weights.add(bias(runtime));
        out.add(KerasConfig.dense(out.name("dense"), (int) units, activation(d.getActivationFn(), d)), weights);
    }

    private static KerasExport.Weight bias(org.deeplearning4j.nn.api.Layer runtime) {
        float[] b = Forward.values(runtime.getParam("b"));
        return new KerasExport.Weight("bias", new long[] {b.length}, b);
    }

    private static String activation(IActivation a, Layer conf) throws ExportException {
        if (a instanceof ActivationReLU) {
            return "relu";
        }
        if (a instanceof ActivationIdentity) {
            return "linear";
        }
        if (a instanceof ActivationSoftmax) {
            return "softmax";
        }
        if (a instanceof ActivationSigmoid) {
            return "sigmoid";
        }
        if (a instanceof ActivationTanH) {
            return "tanh";
        }
        throw new ExportException("layer '" + name(conf) + "' uses the activation " + a + ", which the Keras export "
                + "does not write");
    }

    private static float[] filled(long n, double value) {
        float[] out = new float[(int) n];
        Arrays.fill(out, (float) value);
        return out;
    }

    private static String name(Layer conf) {
        return conf.getLayerName() == null ? conf.getClass().getSimpleName() : conf.getLayerName();
    }
}
