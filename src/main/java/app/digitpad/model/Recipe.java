package app.digitpad.model;

/**
 * How an architecture is best trained: what the Training tab and {@code digitpad train} start from when
 * it is chosen, so that picking a design also picks the run that made its bundled model.
 *
 * @param epochs       passes over the 60,000 training images
 * @param batchSize    examples per gradient step
 * @param learningRate Adam's first step size
 * @param augment      whether training images are randomly varied ({@code Augmentation.standard()})
 */
public record Recipe(int epochs, int batchSize, double learningRate, boolean augment) {
}
