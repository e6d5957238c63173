package app.digitpad.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be used as a DigitPad model; the message says which file and why, in user terms. */
public class CheckpointException extends IOException {

    public CheckpointException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
    }

    public CheckpointException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
    }
}
