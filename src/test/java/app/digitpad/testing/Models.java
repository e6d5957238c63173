package app.digitpad.testing;

import app.digitpad.checkpoint.ModelLibrary;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled model as the app finds it ({@code -Ddigitpad.models}, set by the build, or ./models). */
public final class Models {

    private Models() {
    }

    public static Path bundled() {
        Path file = ModelLibrary.locate().defaultModel();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("bundled model missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
