package app.digitpad.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * A named network design. The trainer, checkpoints and CLI know architectures only by this interface,
 * so a new design is one class plus one line in {@link Architectures}.
 */
public interface Architecture {

    /** The name used on the command line and in checkpoint metadata. */
    String name();

    /** One line for listings and help. */
    String description();

    /** The run that trains it well; the tutorial's own (5 epochs, batch 64, Adam 1e-3) unless a design says otherwise. */
    default Recipe recipe() {
        return new Recipe(5, 64, 1e-3, false);
    }

    /** The full configuration, input 28x28x1, output 10-way softmax, for the given seed and learning rate. */
    MultiLayerConfiguration configuration(long seed, double learningRate);
}
