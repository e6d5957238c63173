package app.digitpad.model;

import app.digitpad.data.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The small helper networks bundled beside the digit models (the not-a-digit gate, the segment judge): one
 * shape (two 3x3 conv layers with max pooling, a dense layer, softmax), one way to write them (atomically)
 * and one way to load them (refused, with the reason logged, when the file is missing, damaged or a
 * network of another shape). Any thread; no state.
 */
public final class SmallNetworks {

    /** The layers' widths and the input's and output's sizes. */
    public record Shape(int side, int channels, int conv1, int conv2, int dense, int outputs) {
    }

    private SmallNetworks() {
    }

    /** The configuration, Adam at {@code learningRate}, Xavier-initialised from {@code seed}. */
    public static MultiLayerConfiguration configuration(Shape shape, long seed, double learningRate) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .convolutionMode(ConvolutionMode.Truncate)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(shape.conv1()).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(shape.conv2()).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(shape.dense()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(shape.outputs())
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(shape.side(), shape.side(), shape.channels()))
                .build();
    }

    /** A freshly initialised network of that shape (see {@link #configuration}). */
    public static Network create(Shape shape, long seed, double learningRate) {
        Backend.configure();
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(shape, seed, learningRate));
        net.init();
        return Network.of(net, input(shape));
    }

    private static Forward.InputShape input(Shape shape) {
        return new Forward.InputShape(shape.channels(), shape.side());
    }

    /** Files already warned about in this process: a missing helper is said once, not at every load. */
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Where network {@code k} (from 2) of a helper made of several lies: {@code name-k.ext} beside {@code file}
     * ({@code touching-digits-2.judge}, {@code not-a-digit-2.gate}).
     */
    public static Path member(Path file, int k) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "-" + k + (dot > 0 ? name.substring(dot) : ""));
    }

    /**
     * The network in {@code file}, or empty when the file is missing, unreadable, or takes another input or
     * gives another number of outputs than {@code shape}; then a warning, once per process and file, names
     * the file, calls it {@code what}, and says what the app does {@code without} it.
     */
    public static Optional<Network> load(Path file, Shape shape, String what, String without) {
        if (!Files.isRegularFile(file)) {
            warnOnce(file, "{}: {} was expected there ({}); {}", file, what,
                    Files.exists(file) ? "not a file" : "missing", without);
            return Optional.empty();
        }
        try {
            return Optional.of(read(file, shape));
        } catch (IOException e) {
            warnOnce(file, "{}: not {} ({}); {}", file, what, e.getMessage(), without);
            return Optional.empty();
        }
    }

    /**
     * The network in {@code file}; throws, saying why, when the file is missing, unreadable, or takes another
     * input or gives another number of outputs than {@code shape}.
     */
    public static Network read(Path file, Shape shape) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "not a file" : "missing");
        }
        Backend.configure();
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
            Forward.InputShape input = input(shape);
            long outputs = Forward.output(network, new float[input.values()], input).length;
            if (outputs != shape.outputs()) {
                throw new IllegalArgumentException(outputs + " outputs instead of " + shape.outputs());
            }
            return Network.of(network, input);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void warnOnce(Path file, String format, Object... args) {
        if (WARNED.add(file.toAbsolutePath().normalize().toString())) {
            org.slf4j.LoggerFactory.getLogger(SmallNetworks.class).warn(format, args);
        }
    }

    /** Writes the network atomically (temp file, then rename); the caller keeps others from using it meanwhile. */
    public static void save(Network network, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network.dl4jNetwork(), bytes, false);
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
