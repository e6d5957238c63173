package app.digitpad.ui.shared;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.inference.Predictor;
import java.util.Locale;

/**
 * The model the pad is using: its own predictor (a private copy of the network) and where it came from,
 * for the title and status bar.
 */
public record ActiveModel(Predictor predictor, Checkpoint checkpoint, String note) {

    public ActiveModel(Predictor predictor, Checkpoint checkpoint) {
        this(predictor, checkpoint, "");
    }

    public String fileName() {
        return checkpoint.file().getFileName().toString();
    }

    public String architecture() {
        return checkpoint.metadata().map(CheckpointMetadata::architecture)
                .or(() -> checkpoint.importedFrom().map(framework -> "imported from " + framework))
                .orElse("unknown architecture");
    }

    /** The status bar's line: file, architecture, accuracy and, if any, the preprocessing warning. */
    public String statusText() {
        return "Model: " + fileName() + "  ·  " + architecture() + "  ·  " + accuracyText()
                + checkpoint.preprocessingWarning().map(w -> "  ·  older preprocessing: " + w).orElse("")
                + (note.isEmpty() ? "" : "  ·  " + note);
    }

    /** "test accuracy 99.19%" or a note that the file carries no metadata. */
    public String accuracyText() {
        return checkpoint.metadata()
                .map(m -> String.format(Locale.ROOT, "test accuracy %.2f%%", 100 * m.metrics().testAccuracy()))
                .orElse(checkpoint.importedFrom().isPresent() ? "test accuracy not measured"
                        : "no metadata");
    }
}
