package app.digitpad.checkpoint;

import java.nio.file.Path;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A model file with its sidecar, as listed in a folder. The metadata is empty for a DL4J zip made
 * elsewhere, which can still be loaded and used.
 */
public record Checkpoint(Path file, Optional<CheckpointMetadata> metadata) {

    /** A loaded and validated checkpoint: a network ready for inference or further training. */
    public record Loaded(Checkpoint checkpoint, MultiLayerNetwork network) {
    }
}
