package app.digitpad.checkpoint;

import app.digitpad.model.ImportedModel;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model file with its sidecar, as listed in a folder. The metadata is empty for a DL4J zip made
 * elsewhere, which can still be loaded and used.
 */
public record Checkpoint(Path file, Optional<CheckpointMetadata> metadata) {

    /**
     * Set when the sidecar says the network learned from digits prepared another way than this version
     * prepares drawings and files: it still loads and answers, but a user comparing models should know.
     */
    public Optional<String> preprocessingWarning() {
        return metadata.map(CheckpointMetadata::preprocessing)
                .filter(p -> !DigitNormalizer.VERSION.equals(p))
                .map(p -> "trained on digits prepared as '" + p + "', this version prepares them as '"
                        + DigitNormalizer.VERSION + "': drawings may be read less well");
    }

    /** The framework that made this file when it is not a DigitPad zip ("Keras 2", "ONNX"). */
    public Optional<String> importedFrom() {
        return ImportedModel.handles(file) ? Optional.of(ImportedModel.frameworkOf(file)) : Optional.empty();
    }

    /**
     * A loaded and validated checkpoint: a network ready for inference or further training.
     *
     * @param note what the user should know about an imported model (softmax added, no feature maps); empty
     */
    public record Loaded(Checkpoint checkpoint, Network network, String note) {
        public Loaded(Checkpoint checkpoint, Network network) {
            this(checkpoint, network, "");
        }
    }
}
