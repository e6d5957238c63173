package app.digitpad.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be used as a DigitPad model; the message names the file as given and says why, in user terms. */
public class CheckpointException extends IOException {

    public CheckpointException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public CheckpointException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
