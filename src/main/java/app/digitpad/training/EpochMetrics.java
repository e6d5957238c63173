package app.digitpad.training;

/**
 * One epoch's numbers, the same ones the tutorial's Keras log prints, plus speed.
 *
 * @param trainLoss       mean batch loss over the epoch
 * @param trainAccuracy   accuracy after the epoch on (up to 10,000 of) the training images
 * @param seconds         wall time of the gradient steps only (evaluation excluded)
 * @param imagesPerSecond training throughput over those seconds
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testLoss,
                           double testAccuracy, double seconds, double imagesPerSecond) {
}
