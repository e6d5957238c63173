package app.digitpad.model;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's environment, with the folder its loader left behind removed. ONNX Runtime 1.16 unpacks its
 * native libraries into a new {@code onnxruntime-java...} folder of the temporary directory every time a process
 * first uses it, and asks for the folder to be deleted at exit before the libraries in it: the folder then
 * outlives the process (52 empty folders in {@code /tmp} after a day of test runs here). Once the libraries are
 * loaded their files are not needed (Linux and macOS keep a loaded library mapped), so the folder this process
 * made is emptied and removed at once; where a loaded library cannot be deleted (Windows) it is left as before.
 * Any thread.
 */
final class OnnxNatives {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxNatives.class);
    private static boolean tidied;

    private OnnxNatives() {
    }

    /** The environment every ONNX session here is made in (loading ONNX Runtime's natives on first use). */
    static synchronized OrtEnvironment environment() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        if (!tidied) {
            tidied = true;
            unpackedFolder().ifPresent(OnnxNatives::remove);
        }
        return env;
    }

    /** The folder ONNX Runtime unpacked its libraries into in this process, when it made one. */
    static Optional<Path> unpackedFolder() {
        try {
            Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            return Optional.ofNullable((Path) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("ONNX Runtime's unpacked-library folder not found: {}", e.toString());
            return Optional.empty();
        }
    }

    private static void remove(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.debug("ONNX Runtime's unpacked libraries in {} left for its exit hook: {}", folder, e.toString());
        }
    }
}
