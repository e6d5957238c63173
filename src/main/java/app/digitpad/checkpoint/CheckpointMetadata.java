package app.digitpad.checkpoint;

import app.digitpad.preprocess.Augmentation;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON sidecar beside each model zip: enough to list, compare and resume a checkpoint without
 * opening the model, and to refuse one made for another input pipeline. What identifies the model stays
 * at the top; how it was trained, what it scored, where it came from and what benchmarks recorded are
 * nested, so a new kind of fact is a field of one part, not a 22nd positional argument. Sidecars written
 * before the nesting (one flat object) are still read. Immutable; any thread.
 *
 * @param architecture  name from the architecture catalogue
 * @param epoch         epochs completed, counted from the first run (resumed runs continue it)
 * @param preprocessing version of the image-to-28x28 path the model was trained for
 * @param createdAt     ISO-8601 instant of writing
 * @param appVersion    the DigitPad version that wrote it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckpointMetadata(String architecture, int epoch, String preprocessing, String createdAt,
                                 String appVersion, Training training, Metrics metrics, Lineage lineage,
                                 Benchmarks benchmarks) {

    /**
     * How the model was trained.
     *
     * @param trainImages     training examples per epoch
     * @param augmentation    random changes applied to training images (null in sidecars older than augmentation)
     * @param trainingSeconds wall-clock seconds of training up to this epoch, resumed runs included (null: unknown)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Training(int trainImages, int batchSize, double learningRate, long seed, String dataset,
                           Augmentation augmentation, Double trainingSeconds) {
    }

    /** What the epoch scored; the test figures are over {@code testImages} MNIST test digits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metrics(double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                          int testImages) {
    }

    /**
     * Where the model came from.
     *
     * @param parent         file name of the checkpoint this one was fine-tuned from (null: trained on its own)
     * @param personalImages personal digits it was fine-tuned on, held-out ones not counted (null: none)
     * @param parentFramework what made the parent when it was imported ("Keras 2"; null: a DigitPad checkpoint)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lineage(String parent, Integer personalImages, String parentFramework) {
        public static final Lineage NONE = new Lineage(null, null, null);

        public Lineage(String parent, Integer personalImages) {
            this(parent, personalImages, null);
        }
    }

    /**
     * Benchmarks recorded on the whole MNIST test set ({@code evaluate --drawn/--rejection --record}).
     *
     * @param drawnAccuracy accuracy per distortion of the drawn-digit benchmark (null: not recorded)
     * @param rejection     how often it answers "not a digit" (null: not recorded)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benchmarks(Map<String, Double> drawnAccuracy, Rejection rejection) {
        public static final Benchmarks NONE = new Benchmarks(null, null);
    }

    /**
     * The rejection benchmark's figures: per kind of non-digit the share answered "not a digit", over all of
     * them, for MNIST's test digits raw and (per way of drawing) drawn on the pad, and accuracy on the digits kept.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rejection(Map<String, Double> negativesRejected, double negativeRate, double mnistRejected,
                            double acceptedAccuracy, Map<String, Double> drawnRejected) {
    }

    public CheckpointMetadata {
        lineage = lineage == null ? Lineage.NONE : lineage;
        benchmarks = benchmarks == null ? Benchmarks.NONE : benchmarks;
    }

    /**
     * A sidecar of an earlier version (one flat object, the parts' fields side by side) as the parts it now
     * has; a sidecar that already has them is returned as it is.
     */
    static JsonNode nestedForm(JsonNode sidecar) {
        if (!(sidecar instanceof ObjectNode flat) || sidecar.has("training") || !sidecar.has("trainImages")) {
            return sidecar;
        }
        ObjectNode out = flat.deepCopy();
        for (String part : new String[] {"training", "metrics", "lineage", "benchmarks"}) {
            out.set(part, flat.deepCopy());
        }
        return out;
    }

    /** This metadata with the test figures measured on another (e.g. the whole) test set. */
    public CheckpointMetadata withTest(double testLoss, double testAccuracy, int testImages) {
        return new CheckpointMetadata(architecture, epoch, preprocessing, createdAt, appVersion, training,
                new Metrics(metrics.trainLoss(), metrics.trainAccuracy(), testLoss, testAccuracy, testImages),
                lineage, benchmarks);
    }

    /** This metadata with the drawn-digit benchmark's results recorded. */
    public CheckpointMetadata withDrawnAccuracy(Map<String, Double> accuracy) {
        return new CheckpointMetadata(architecture, epoch, preprocessing, createdAt, appVersion, training, metrics,
                lineage, new Benchmarks(accuracy, benchmarks.rejection()));
    }

    /** This metadata with the rejection benchmark's results recorded. */
    public CheckpointMetadata withRejection(Rejection results) {
        return new CheckpointMetadata(architecture, epoch, preprocessing, createdAt, appVersion, training, metrics,
                lineage, new Benchmarks(benchmarks.drawnAccuracy(), results));
    }
}
