package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model FILE}, defaulting to the bundled model so commands work on a fresh clone. */
public final class ModelOption {

    @Option(names = "--model", paramLabel = "FILE", description = "model: a DigitPad zip, a Keras 2 .h5 or an .onnx file (default: the bundled model)")
    Path model;

    /** Loads the model; a preprocessing mismatch is a warning on stderr, not a failure. */
    Checkpoint.Loaded load(Services services) throws CheckpointException {
        Path file = model != null ? model : services.models().bundledModel();
        Checkpoint.Loaded loaded = services.loader().load(file, false);
        loaded.checkpoint().importedFrom().ifPresent(framework -> services.err().println("note: " + file.getFileName()
                + ": " + framework + " model" + (loaded.note().isEmpty() ? "" : "; " + loaded.note())));
        loaded.checkpoint().preprocessingWarning()
                .ifPresent(w -> services.err().println("warning: " + file.getFileName() + " was " + w));
        return loaded;
    }
}
