package app.digitpad.checkpoint;

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

    /** A loaded and validated checkpoint: a network ready for inference or further training. */
    public record Loaded(Checkpoint checkpoint, Network network) {
    }
}
