package app.digitpad.training;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended: completed, or stopped by the caller (no checkpoint of the unfinished epoch exists).
 * A diverged run is an exception ({@link TrainingDivergedException}), not a result.
 */
public record TrainingResult(boolean stopped, int lastEpoch, List<EpochMetrics> epochs, List<Path> checkpoints) {
}
