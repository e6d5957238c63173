package app.digitpad.checkpoint;

import app.digitpad.data.AtomicFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last few model files the user opened, most recent first, kept in a small JSON file in the user's
 * DigitPad folder. Losing the list is harmless, so read and write failures are logged, not shown. It lives
 * in the core, not in a view: it is persistence, and the constructor reads the file (call it off the FX
 * thread when that matters).
 */
public final class RecentModels {

    static final int MAX = 8;
    private static final Logger LOG = LoggerFactory.getLogger(RecentModels.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Path> paths = new ArrayList<>();

    public RecentModels(Path file) {
        this.file = file;
        read();
    }

    public synchronized List<Path> list() {
        return List.copyOf(paths);
    }

    /** Puts a model first in the list in memory; {@link #save()} writes the list. Cheap: any thread. */
    public synchronized void add(Path model) {
        Path abs = model.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            List<String> stored = json.readValue(file.toFile(), new TypeReference<List<String>>() { });
            stored.stream().limit(MAX).map(Path::of).forEach(paths::add);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable recent-models list {}: {}", file, e.getMessage());
        }
    }

    /** Writes the list atomically; it touches the disk, so callers run it off the FX thread. */
    public synchronized void save() {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(paths.stream().map(Path::toString).toList()));
        } catch (IOException e) {
            LOG.warn("Could not save recent-models list {}: {}", file, e.getMessage());
        }
    }
}
