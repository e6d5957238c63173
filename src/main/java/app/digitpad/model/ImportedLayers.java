package app.digitpad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Turns a network DL4J imported from Keras into one shaped like DigitPad's own: channels-first layers (so
 * it takes the same 1x28x28 arrays, its feature maps read the same and training batches fit it), and a
 * softmax output layer with a loss (so a model that answers logits, as the TF2 tutorial's does, gives
 * probabilities, and any imported model can be fine-tuned). The weights are the file's; only the first
 * dense layer after the flattening has its rows put from Keras' (height, width, channel) order into DL4J's
 * (channel, height, width) order. {@link Imported} says what was changed.
 */
final class ImportedLayers {

    /** Fixed so that a fine-tune of an imported model is repeatable, as every DigitPad run is. */
    private static final long SEED = 123;
    /** Adam at the tutorial's rate: what a fine-tune starts from when the file brings no optimizer state. */
    private static final double LEARNING_RATE = 1e-3;

    private ImportedLayers() {
    }

    /** An imported network, DigitPad-shaped, whether softmax was added, and whether the file held weights only. */
    record Imported(MultiLayerNetwork network, boolean answeredLogits, boolean weightsOnly) {
    }

    static Imported normalize(MultiLayerNetwork keras, boolean weightsOnly) throws ImportException {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < keras.getnLayers(); i++) {
            layers.add(channelsFirst(keras.getLayer(i).conf().getLayer().clone()));
        }
        int last = layers.size() - 1;
        boolean separateSoftmax = layers.get(last) instanceof ActivationLayer a && isSoftmax(a.getActivationFn());
        int dense = separateSoftmax ? last - 1 : last;
        if (!(layers.get(dense) instanceof DenseLayer output)) {
            throw new ImportException("the model does not end in a Dense layer (it ends in "
                    + layers.get(last).getClass().getSimpleName() + ")");
        }
        IActivation activation = output.getActivationFn();
        boolean logits = !separateSoftmax && activation instanceof ActivationIdentity;
        if (!(activation instanceof ActivationIdentity || !separateSoftmax && isSoftmax(activation))) {
            throw new ImportException("the last Dense layer's activation is " + activation
                    + ": DigitPad reads models that end in softmax or in logits (a linear Dense)");
        }
        List<Layer> kept = new ArrayList<>(layers.subList(0, dense));
        kept.add(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name(output.getLayerName())
                .nIn(output.getNIn()).nOut(output.getNOut()).activation(Activation.SOFTMAX).build());
        MultiLayerNetwork net = build(kept);
        copyWeights(keras, net, dense);
        return new Imported(net, logits, weightsOnly);
    }

    private static boolean isSoftmax(IActivation activation) {
        return activation instanceof ActivationSoftmax;
    }

    private static Layer channelsFirst(Layer layer) throws ImportException {
        if (layer instanceof ConvolutionLayer c && layer.getClass() == ConvolutionLayer.class) {
            c.setCnn2dDataFormat(CNN2DFormat.NCHW);
        } else if (layer instanceof SubsamplingLayer s && layer.getClass() == SubsamplingLayer.class) {
            s.setCnn2dDataFormat(CNN2DFormat.NCHW);
        } else if (layer instanceof BatchNormalization b) {
            b.setCnn2DFormat(CNN2DFormat.NCHW);
        } else if (!(layer.getClass() == DenseLayer.class || layer instanceof ActivationLayer
                || layer instanceof DropoutLayer)) {
            throw new ImportException("layer '" + layer.getLayerName() + "' became a DL4J "
                    + layer.getClass().getSimpleName() + ", which DigitPad does not import");
        }
        return layer;
    }

    private static MultiLayerNetwork build(List<Layer> layers) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(SEED).updater(new Adam(LEARNING_RATE)).list();
        for (Layer layer : layers) {
            if (layer instanceof BaseLayer base) {
                base.setIUpdater(new Adam(LEARNING_RATE));
            }
            list.layer(layer);
        }
        MultiLayerConfiguration conf = list.setInputType(InputType.convolutional(28, 28, 1)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /**
     * Every parameter as imported; the first dense layer after a flattening (which DL4J attaches to the layer
     * right after Keras' Flatten, a Dropout say) has its rows re-ordered to channels first.
     */
    private static void copyWeights(MultiLayerNetwork from, MultiLayerNetwork to, int layers) throws ImportException {
        Map<Integer, InputPreProcessor> flattens = from.getLayerWiseConfigurations().getInputPreProcessors();
        CnnToFeedForwardPreProcessor pending = null;
        for (int i = 0; i <= layers; i++) {
            if (flattens.get(i) instanceof CnnToFeedForwardPreProcessor flat) {
                pending = flat;
            }
            for (Map.Entry<String, INDArray> param : from.getLayer(i).paramTable().entrySet()) {
                INDArray value = param.getValue();
                if ("W".equals(param.getKey()) && pending != null) {
                    value = channelsFirstRows(value, pending);
                    pending = null;
                }
                INDArray target = to.getLayer(i).getParam(param.getKey());
                if (target == null || !Arrays.equals(target.shape(), value.shape())) {
                    throw new ImportException("layer '" + from.getLayer(i).conf().getLayer().getLayerName()
                            + "' has parameter " + param.getKey() + " of shape " + Arrays.toString(value.shape())
                            + " where DigitPad's copy of it expects " + (target == null ? "none"
                            : Arrays.toString(target.shape())));
                }
                target.assign(value);
            }
        }
    }

    /** Rows of a dense kernel from (height, width, channel) order into (channel, height, width) order. */
    static INDArray channelsFirstRows(INDArray w, CnnToFeedForwardPreProcessor flat) {
        long h = flat.getInputHeight();
        long wd = flat.getInputWidth();
        long c = flat.getNumChannels();
        if (flat.getFormat() != CNN2DFormat.NHWC) {
            return w;
        }
        return w.reshape('c', h, wd, c, w.size(1)).permute(2, 0, 1, 3).dup('c').reshape('c', c * h * wd, w.size(1));
    }
}
