package app.digitpad.checkpoint;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.IoMessages;
import app.digitpad.model.Network;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Writes a model zip and its sidecar so that neither ever exists half-written: both go to temp files in
 * the target folder first and are renamed into place, and a failure (a full disk) removes the temps.
 */
public final class CheckpointFiles {

    /** Names of the temp files a write makes, so that leftovers of a killed write can be recognised. */
    static final String MODEL_TEMP_PREFIX = ".digitpad-model";
    static final String META_TEMP_PREFIX = ".digitpad-meta";
    static final String TEMP_SUFFIX = ".tmp";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The sidecar path of a model zip: same name, {@code .json}. */
    public static Path sidecarOf(Path zip) {
        String name = zip.getFileName().toString();
        String base = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return zip.resolveSibling(base + ".json");
    }

    /**
     * Where the model's nearest-digit index lies when it is kept beside the model ({@code <zip>.nearest}):
     * named here so that whatever removes a checkpoint removes it too.
     */
    public static Path nearestIndexOf(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".nearest");
    }

    /** Writes the model (with updater state, so training can resume) and its sidecar, atomically. */
    public void write(Network net, CheckpointMetadata metadata, Path zip) throws IOException {
        Path dir = zip.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path modelTemp = null;
        Path jsonTemp = null;
        try {
            modelTemp = AtomicFiles.createTemp(dir, MODEL_TEMP_PREFIX, TEMP_SUFFIX);
            jsonTemp = AtomicFiles.createTemp(dir, META_TEMP_PREFIX, TEMP_SUFFIX);
            ModelSerializer.writeModel(net.dl4jNetwork(), modelTemp.toFile(), true);
            json.writeValue(jsonTemp.toFile(), metadata);
            move(modelTemp, zip);
            move(jsonTemp, sidecarOf(zip));
        } catch (IOException e) {
            throw new IOException("could not write the checkpoint " + zip + ": " + IoMessages.reason(e), e);
        } finally {
            deleteIfMade(modelTemp);
            deleteIfMade(jsonTemp);
        }
    }

    /** Replaces only the sidecar of a saved model, atomically, e.g. to record an evaluation in it. */
    public void writeSidecar(Path zip, CheckpointMetadata metadata) throws IOException {
        Path sidecar = sidecarOf(zip).toAbsolutePath();
        Path temp = null;
        try {
            temp = AtomicFiles.createTemp(sidecar.getParent(), META_TEMP_PREFIX, TEMP_SUFFIX);
            json.writeValue(temp.toFile(), metadata);
            move(temp, sidecar);
        } catch (IOException e) {
            throw new IOException("could not write " + sidecar + ": " + IoMessages.reason(e), e);
        } finally {
            deleteIfMade(temp);
        }
    }

    /** True for a temp file of a checkpoint or sidecar write (possibly left by a killed process). */
    static boolean isTempFile(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith(MODEL_TEMP_PREFIX) || name.startsWith(META_TEMP_PREFIX)) && name.endsWith(TEMP_SUFFIX);
    }

    /** Reads a sidecar if there is one; a sidecar that is not our JSON is an error, not silently ignored. */
    public Optional<CheckpointMetadata> readSidecar(Path zip) throws CheckpointException {
        Path sidecar = sidecarOf(zip);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        CheckpointMetadata m;
        try {
            m = json.treeToValue(CheckpointMetadata.nestedForm(json.readTree(sidecar.toFile())), CheckpointMetadata.class);
        } catch (IOException e) {
            throw new CheckpointException(sidecar, "metadata is not valid DigitPad JSON (" + where(e) + ")", e);
        }
        if (m == null || m.training() == null || m.metrics() == null) {
            throw new CheckpointException(sidecar, "metadata is not valid DigitPad JSON (no "
                    + (m == null ? "object" : m.training() == null ? "'training' part" : "'metrics' part") + ")");
        }
        return Optional.of(m);
    }

    /** Which field or line of a sidecar is wrong, in words, without the parser's internals. */
    private static String where(IOException e) {
        if (!(e instanceof JsonProcessingException json)) {
            return e.getMessage();
        }
        String what = json.getOriginalMessage();
        int cut = what.indexOf('\n');
        what = cut < 0 ? what : what.substring(0, cut);
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("");
            return "field '" + field + "': " + what;
        }
        return json.getLocation() == null ? what
                : "line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ": " + what;
    }

    private static void deleteIfMade(Path temp) throws IOException {
        if (temp != null) {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
