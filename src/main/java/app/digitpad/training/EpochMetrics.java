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

    /** The epoch as one Keras-style log line, the same in the terminal and the Training tab. */
    public String kerasLine() {
        return String.format(java.util.Locale.ROOT,
                "Epoch %d: %.0fs %.0f img/s - loss: %.4f - accuracy: %.4f - val_loss: %.4f - val_accuracy: %.4f",
                epoch, seconds, imagesPerSecond, trainLoss, trainAccuracy, testLoss, testAccuracy);
    }
}
