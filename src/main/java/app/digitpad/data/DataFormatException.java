package app.digitpad.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that is not what it claims to be. The message always names the file, what was expected
 * and what was found, because "bad magic number" alone sends a user hunting.
 */
public class DataFormatException extends IOException {

    public DataFormatException(Path file, String expected, String found) {
        super(file + ": expected " + expected + ", found " + found);
    }
}
