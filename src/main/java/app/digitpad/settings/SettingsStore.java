package app.digitpad.settings;

import app.digitpad.data.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} in {@code settings.json} in the user's DigitPad folder, written atomically. Losing
 * settings costs a user a few clicks, so problems are logged, never shown: a file that cannot be read is
 * moved aside (kept, renamed with the time) and the defaults used, so the next save does not overwrite
 * what someone may have edited by hand. Any thread; it touches the disk, so not the FX thread's work.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * The stored settings, or the defaults when there are none or they cannot be read. A temp file a killed
     * write left beside it (and older than any live write) is removed first.
     */
    public synchronized Settings load() {
        try {
            AtomicFiles.removeStaleTemps(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            LOG.warn("{}: could not tidy temp files left by a killed write ({})", file.getParent(), e.getMessage());
        }
        if (!Files.exists(file)) {
            return Settings.DEFAULT;
        }
        try {
            Settings s = json.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.DEFAULT : s;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                LOG.warn("{}: not readable settings ({}); kept as {}, starting from the defaults", file,
                        e.getMessage(), aside.getFileName());
            } catch (IOException moveFailed) {
                LOG.warn("{}: not readable settings ({}), and it could not be moved aside ({}); using the defaults",
                        file, e.getMessage(), moveFailed.getMessage());
            }
            return Settings.DEFAULT;
        }
    }

    /** Writes the settings atomically; a failure is logged (the app goes on with them in memory). */
    public synchronized void save(Settings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: settings not saved ({})", file, e.getMessage());
        }
    }
}
