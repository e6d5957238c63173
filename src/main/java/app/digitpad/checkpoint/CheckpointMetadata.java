package app.digitpad.checkpoint;

import app.digitpad.preprocess.Augmentation;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The JSON sidecar beside each model zip: enough to list, compare and resume a checkpoint without
 * opening the model, and to refuse one made for another input pipeline.
 *
 * @param architecture  name from the architecture catalogue
 * @param epoch         epochs completed, counted from the first run (resumed runs continue it)
 * @param trainImages   training examples per epoch
 * @param preprocessing version of the image-to-28x28 path the model was trained for
 * @param createdAt     ISO-8601 instant of writing
 * @param augmentation  random changes applied to training images (null in sidecars older than augmentation)
 * @param trainingSeconds wall-clock seconds of training up to this epoch, resumed runs included (null: unknown)
 * @param drawnAccuracy accuracy per distortion of the drawn-digit benchmark, when it was recorded
 * @param parent        file name of the checkpoint this one was fine-tuned from (null: trained on its own)
 * @param personalImages personal digits it was fine-tuned on, held-out ones not counted (null: none)
 * @param rejection     how often it answers "not a digit" ({@code evaluate --rejection --record}), when recorded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckpointMetadata(
        String architecture,
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double testLoss,
        double testAccuracy,
        int trainImages,
        int testImages,
        int batchSize,
        double learningRate,
        long seed,
        String dataset,
        String preprocessing,
        String createdAt,
        String appVersion,
        Augmentation augmentation,
        Double trainingSeconds,
        Map<String, Double> drawnAccuracy,
        String parent,
        Integer personalImages,
        Map<String, Object> rejection) {

    /** This metadata with the test figures measured on another (e.g. the whole) test set. */
    public CheckpointMetadata withTest(double newTestLoss, double newTestAccuracy, int newTestImages) {
        return new CheckpointMetadata(architecture, epoch, trainLoss, trainAccuracy, newTestLoss, newTestAccuracy,
                trainImages, newTestImages, batchSize, learningRate, seed, dataset, preprocessing, createdAt, appVersion,
                augmentation, trainingSeconds, drawnAccuracy, parent, personalImages, rejection);
    }

    /** This metadata with the drawn-digit benchmark's results recorded. */
    public CheckpointMetadata withDrawnAccuracy(Map<String, Double> accuracy) {
        return new CheckpointMetadata(architecture, epoch, trainLoss, trainAccuracy, testLoss, testAccuracy,
                trainImages, testImages, batchSize, learningRate, seed, dataset, preprocessing, createdAt, appVersion,
                augmentation, trainingSeconds, accuracy, parent, personalImages, rejection);
    }

    /** This metadata with the rejection benchmark's results recorded. */
    public CheckpointMetadata withRejection(Map<String, Object> results) {
        return new CheckpointMetadata(architecture, epoch, trainLoss, trainAccuracy, testLoss, testAccuracy,
                trainImages, testImages, batchSize, learningRate, seed, dataset, preprocessing, createdAt, appVersion,
                augmentation, trainingSeconds, drawnAccuracy, parent, personalImages, results);
    }
}
