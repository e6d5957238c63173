package app.digitpad.checkpoint;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The JSON sidecar beside each model zip: enough to list, compare and resume a checkpoint without
 * opening the model, and to refuse one made for another input pipeline.
 *
 * @param architecture  name from the architecture catalogue
 * @param epoch         epochs completed, counted from the first run (resumed runs continue it)
 * @param trainImages   training examples per epoch
 * @param preprocessing version of the image-to-28x28 path the model was trained for
 * @param createdAt     ISO-8601 instant of writing
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
        String appVersion) {
}
