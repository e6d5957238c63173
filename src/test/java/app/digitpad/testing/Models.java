package app.digitpad.testing;

import app.digitpad.checkpoint.ModelLibrary;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled models as the app finds them ({@code -Ddigitpad.models}, set by the build, or ./models). */
public final class Models {

    private Models() {
    }

    public static Path bundled() {
        return bundled(ModelLibrary.DEFAULT_MODEL);
    }

    /** A model file of the bundled folder by name, e.g. {@code tutorial.zip}. */
    public static Path bundled(String name) {
        Path file = ModelLibrary.locate().folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("bundled model missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
