package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model FILE}, defaulting to the bundled model so commands work on a fresh clone. */
public final class ModelOption {

    @Option(names = "--model", paramLabel = "FILE", description = "model zip (default: the bundled model)")
    Path model;

    Checkpoint.Loaded load(Services services) throws CheckpointException {
        Path file = model != null ? model : services.models().defaultModel();
        return services.loader().load(file, false);
    }
}
