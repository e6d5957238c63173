package app.digitpad.settings;

import app.digitpad.data.AtomicFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /** The file's name in the user's DigitPad folder. */
    public static final String FILE_NAME = "settings.json";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store of the user's DigitPad folder. */
    public static SettingsStore in(Path userFolder) {
        return new SettingsStore(userFolder.resolve(FILE_NAME));
    }

    /**
     * Jackson's object mapper and the logger are made on first use, not with the store: the window reads
     * its {@link #firstLook} before its first frame, and making either costs more than the frame (the mapper
     * about 30 ms, Logback reading its configuration about 55 ms; BENCHMARKS.md, "Start-up").
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static Logger log() {
        return LoggerFactory.getLogger(SettingsStore.class);
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
            log().warn("{}: could not tidy temp files left by a killed write ({})", file.getParent(), e.getMessage());
        }
        if (!Files.exists(file)) {
            return Settings.DEFAULT;
        }
        try {
            Settings s = Json.MAPPER.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.DEFAULT : s;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                log().warn("{}: not readable settings ({}); kept as {}, starting from the defaults", file,
                        e.getMessage(), aside.getFileName());
            } catch (IOException moveFailed) {
                log().warn("{}: not readable settings ({}), and it could not be moved aside ({}); using the defaults",
                        file, e.getMessage(), moveFailed.getMessage());
            }
            return Settings.DEFAULT;
        }
    }

    /**
     * The theme and the window's place alone (the rest as in {@link Settings#DEFAULT}), read with Jackson's
     * streaming parser: what the window needs before its first frame, at a few milliseconds instead of the
     * mapper's and the logger's first use. Anything it cannot read gives the defaults; {@link #load} reads the
     * whole file (and deals with a damaged one) once the window shows.
     */
    public Settings firstLook() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULT;
        }
        try (JsonParser in = new JsonFactory().createParser(file.toFile())) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return Settings.DEFAULT;
            }
            boolean dark = false;
            Settings.Window window = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if ("dark".equals(name) && value.isBoolean()) {
                    dark = in.getBooleanValue();
                } else if ("window".equals(name) && value == JsonToken.START_OBJECT) {
                    window = window(in);
                } else {
                    in.skipChildren();
                }
            }
            return new Settings(dark, null, window, null, null);
        } catch (IOException | RuntimeException e) {
            return Settings.DEFAULT;
        }
    }

    /** The window object the parser stands at the start of; null when a number is missing. */
    private static Settings.Window window(JsonParser in) throws IOException {
        double[] place = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        boolean maximized = false;
        java.util.List<String> names = java.util.List.of("x", "y", "width", "height");
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            int at = names.indexOf(name);
            if (at >= 0 && value.isNumeric()) {
                place[at] = in.getDoubleValue();
            } else if ("maximized".equals(name) && value.isBoolean()) {
                maximized = in.getBooleanValue();
            } else {
                in.skipChildren();
            }
        }
        for (double v : place) {
            if (Double.isNaN(v)) {
                return null;
            }
        }
        return new Settings.Window(place[0], place[1], place[2], place[3], maximized);
    }

    /** Writes the settings atomically; a failure is logged (the app goes on with them in memory). */
    public synchronized void save(Settings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException | RuntimeException e) {
            log().warn("{}: settings not saved ({})", file, e.getMessage());
        }
    }
}
