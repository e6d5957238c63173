package app.digitpad.personal;

import java.io.IOException;

/** A personal set that cannot be read as it is; the message names the file, and nothing was changed or deleted. */
public final class PersonalSetException extends IOException {

    public PersonalSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
