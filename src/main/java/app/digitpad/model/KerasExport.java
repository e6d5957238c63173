package app.digitpad.model;

import app.digitpad.data.AtomicFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.hdf5.Group;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Writes a DigitPad network as a Keras 2 HDF5 model, as {@code model.save('x.h5')} would: the model_config
 * of a keras.Sequential (Keras' layer names and fields), and the weights in Keras' layout (kernels
 * height, width, in, out; the first Dense after the convolutions with its rows in Keras' height, width,
 * channel order; batch normalization's variance, not DL4J's log10 of the deviation). Keras'
 * {@code load_model} then gives the same probabilities for the same 28x28 inputs (ink 1.0 on 0.0).
 *
 * <p>The file is written whole to a temp file and moved into place, so a failed export leaves nothing
 * behind and never half a file. Any thread; the network must not be in use by another thread meanwhile.
 */
public final class KerasExport {

    private KerasExport() {
    }

    /** A layer as Keras sees it: its config and its weights, in Keras' order and layout. */
    record KerasLayer(ObjectNode config, List<Weight> weights) {
        String name() {
            return config.get("config").get("name").asText();
        }
    }

    /** One weight array: Keras' name for it ("kernel", "bias", "gamma", ...), shape and values. */
    record Weight(String name, long[] shape, float[] values) {
    }

    /** Writes {@code network} to {@code target}, or says which layer cannot be written and why. */
    public static void write(Network network, Path target) throws ExportException, IOException {
        if (!network.layered()) {
            throw new ExportException("an ONNX graph cannot be exported as Keras: only DigitPad and Keras models can");
        }
        List<KerasLayer> layers = layers(network.dl4jNetwork());
        Path temp = Files.createTempFile("digitpad-export", ".h5");
        try {
            writeFile(temp, layers);
            AtomicFiles.write(target, Files.readAllBytes(temp));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The network's layers in Keras' terms (package-private for tests). */
    static List<KerasLayer> layers(MultiLayerNetwork net) throws ExportException {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        List<InputType> inputs = new ArrayList<>();
        inputs.add(InputType.convolutional(28, 28, 1));
        inputs.addAll(conf.getLayerActivationTypes(InputType.convolutional(28, 28, 1)));
        KerasLayers out = new KerasLayers(new HashMap<>());
        for (int i = 0; i < net.getnLayers(); i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            CnnToFeedForwardPreProcessor flat = null;
            if (pre instanceof CnnToFeedForwardPreProcessor f) {
                flat = f;
                out.add(KerasConfig.flatten(out.name("flatten")), List.of());
            } else if (pre != null) {
                throw new ExportException("layer " + i + " takes its input through a " + pre.getClass().getSimpleName()
                        + ", which has no Keras counterpart here");
            }
            KerasLayerMapping.add(out, net.getLayer(i), inputs.get(i), flat);
        }
        return out.layers();
    }

    /** The Keras layers made so far, and how many of each kind (Keras names them conv2d, conv2d_1, ...). */
    record KerasLayers(Map<String, Integer> counts, List<KerasLayer> layers) {
        KerasLayers(Map<String, Integer> counts) {
            this(counts, new ArrayList<>());
        }

        String name(String base) {
            int n = counts.merge(base, 1, Integer::sum) - 1;
            return n == 0 ? base : base + "_" + n;
        }

        void add(ObjectNode config, List<Weight> weights) {
            layers.add(new KerasLayer(config, weights));
        }
    }

    private static void writeFile(Path path, List<KerasLayer> layers) {
        List<ObjectNode> configs = layers.stream().map(KerasLayer::config).toList();
        try (Hdf5Writer h5 = new Hdf5Writer(path.toString())) {
            Group root = h5.root();
            h5.attribute(root, "backend", "tensorflow");
            h5.attribute(root, "keras_version", KerasConfig.KERAS_VERSION);
            h5.attribute(root, "model_config", KerasConfig.model(configs).toString());
            try (Group weights = h5.group(root, "model_weights")) {
                h5.attribute(weights, "layer_names", layers.stream().map(KerasLayer::name).toList());
                h5.attribute(weights, "backend", "tensorflow");
                h5.attribute(weights, "keras_version", KerasConfig.KERAS_VERSION);
                for (KerasLayer layer : layers) {
                    writeLayer(h5, weights, layer);
                }
            }
        }
    }

    private static void writeLayer(Hdf5Writer h5, Group weights, KerasLayer layer) {
        try (Group group = h5.group(weights, layer.name())) {
            h5.attribute(group, "weight_names",
                    layer.weights().stream().map(w -> layer.name() + "/" + w.name() + ":0").toList());
            if (layer.weights().isEmpty()) {
                return;
            }
            try (Group inner = h5.group(group, layer.name())) {
                for (Weight w : layer.weights()) {
                    h5.floats(inner, w.name() + ":0", w.shape(), w.values());
                }
            }
        }
    }
}
