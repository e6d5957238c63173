package app.digitpad.testing;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.ModelLibrary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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

    /**
     * A copy of the bundled tutorial model in {@code dir} whose sidecar names another preprocessing
     * version, as a checkpoint from an older DigitPad would.
     */
    public static Path tutorialPreparedAs(Path dir, String preprocessing) throws IOException {
        Path zip = Files.copy(bundled("tutorial.zip"), dir.resolve("old-tutorial.zip"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode meta = (ObjectNode) json.readTree(CheckpointFiles.sidecarOf(bundled("tutorial.zip")).toFile());
        meta.put("preprocessing", preprocessing);
        json.writeValue(CheckpointFiles.sidecarOf(zip).toFile(), meta);
        return zip;
    }
}
