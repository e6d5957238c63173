package app.digitpad.model;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The model users draw with: two blocks of two 3x3 convolutions, each followed by batch normalization,
 * max pooling and dropout, then a normalized dense layer. Batch normalization lets Adam take large steps
 * early; dropout and a decaying step size keep the last tenth of a percent from being memorised noise.
 * About three times the tutorial's arithmetic per image, so it still trains in well under an hour on 2 cores.
 */
public final class BatchNormCnn implements Architecture {

    public static final String NAME = "bncnn";

    /** 3x3 kernels: two stacked see 5x5 with fewer weights and one more non-linearity. */
    private static final int KERNEL = 3;
    /** Filters in the first block (strokes and edges) and the second (parts of digits). */
    private static final int FILTERS_1 = 32;
    private static final int FILTERS_2 = 64;
    /** Width of the dense layer before the classifier. */
    private static final int DENSE = 128;
    /** Probability of keeping an activation after each block (DL4J takes the keep probability). */
    private static final double KEEP_CONV = 0.75;
    /** Probability of keeping a dense-layer input: the largest layer, so the most regularised. */
    private static final double KEEP_DENSE = 0.6;
    /** The step size shrinks by this factor every epoch: 1e-3 becomes about 1.2e-4 after 20 epochs. */
    private static final double DECAY_PER_EPOCH = 0.9;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Conv32x2-BN-Pool-Conv64x2-BN-Pool-Dense128-BN with dropout, decaying Adam (recommended)";
    }

    @Override
    public MultiLayerConfiguration configuration(long seed, double learningRate) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(new ExponentialSchedule(ScheduleType.EPOCH, learningRate, DECAY_PER_EPOCH)))
                // He initialisation suits ReLU layers: it keeps activations from shrinking layer by layer.
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Truncate)
                // Same measured gain as the tutorial CNN: keep conv pre-activations for backprop.
                .cacheMode(CacheMode.HOST)
                .list()
                .layer(conv(FILTERS_1, 1))
                .layer(norm())
                .layer(pool())
                .layer(conv(FILTERS_2, KEEP_CONV))
                .layer(norm())
                .layer(conv(FILTERS_2, 1))
                .layer(norm())
                .layer(pool())
                .layer(new DenseLayer.Builder().nOut(DENSE).activation(Activation.RELU)
                        .dropOut(new Dropout(KEEP_CONV)).build())
                .layer(norm())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(10).activation(Activation.SOFTMAX).dropOut(new Dropout(KEEP_DENSE)).build())
                .setInputType(InputType.convolutional(28, 28, 1))
                .build();
    }

    /** A 3x3 ReLU convolution; {@code keep} below 1 applies dropout to its input. */
    private static ConvolutionLayer conv(int filters, double keep) {
        ConvolutionLayer.Builder b = new ConvolutionLayer.Builder(KERNEL, KERNEL).nOut(filters).activation(Activation.RELU);
        if (keep < 1) {
            b.dropOut(new Dropout(keep));
        }
        return b.build();
    }

    private static BatchNormalization norm() {
        return new BatchNormalization.Builder().build();
    }

    private static SubsamplingLayer pool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }
}
