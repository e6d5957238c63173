package app.digitpad.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where MNIST lives: an explicit folder first, then {@code DIGITPAD_DATA}, then the per-user
 * folder the downloader fills. The environment and home are passed in so that the order is testable.
 */
public final class DataLocator {

    public static final String ENV_VAR = "DIGITPAD_DATA";
    /**
     * The app's own folder (runs, personal digits, recent models, downloaded MNIST, caches) instead of
     * {@code ~/.digitpad}: one variable that moves all of them, for tests, benchmarks and a second profile.
     */
    public static final String HOME_ENV_VAR = "DIGITPAD_HOME";
    /** Where prepared (preprocessed) MNIST is cached; default {@code ~/.digitpad/cache}. */
    public static final String CACHE_ENV_VAR = "DIGITPAD_CACHE";

    private final Map<String, String> env;
    private final Path userHome;

    public DataLocator(Map<String, String> env, Path userHome) {
        this.env = env;
        this.userHome = userHome;
    }

    /** The locator for this process's environment and user. */
    public static DataLocator system() {
        return new DataLocator(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The user's DigitPad folder: {@code DIGITPAD_HOME}, else {@code ~/.digitpad} (Java's {@code user.home},
     * which comes from the password file, not from {@code $HOME}): runs, personal digits, recent models, MNIST.
     */
    public Path appFolder() {
        String fromEnv = env.get(HOME_ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return userHome.resolve(".digitpad");
    }

    /** Where {@code data download} writes: {@code ~/.digitpad/mnist}. */
    public Path userFolder() {
        return appFolder().resolve("mnist");
    }

    /** Where prepared MNIST is kept between runs: {@code DIGITPAD_CACHE}, else the app folder's {@code cache}. */
    public Path cacheFolder() {
        String fromEnv = env.get(CACHE_ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return appFolder().resolve("cache");
    }

    /** The folder to read, by precedence; it may not exist yet (the loader then says what to do). */
    public Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return userFolder();
    }

    /** The file for one part in a folder: {@code name.gz} or the plain {@code name}. */
    public static Optional<Path> find(Path folder, MnistFile file) {
        for (Path candidate : List.of(folder.resolve(file.gzName()), folder.resolve(file.baseName()))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Why nothing could be kept in {@code appFolder} ({@link #appFolder()}): empty when it is a folder this process can
     * write; made here when it is missing, as the first save would make it. The window says it for the whole session,
     * since settings, recent models and personal digits would otherwise be lost without a word. Any thread.
     */
    public static Optional<String> cannotKeep(Path appFolder) {
        if (Files.exists(appFolder) && !Files.isDirectory(appFolder)) {
            return Optional.of(appFolder + " is a file, not a folder");
        }
        try {
            Files.createDirectories(appFolder);
        } catch (IOException e) {
            return Optional.of(appFolder + " cannot be made (" + IoMessages.describe(e, appFolder) + ")");
        }
        return Files.isWritable(appFolder) ? Optional.empty()
                : Optional.of(appFolder + " cannot be written (permission denied)");
    }

    /** Parts missing from a folder, by name; empty when all four are there. */
    public static List<String> missing(Path folder) {
        List<String> missing = new ArrayList<>();
        for (MnistFile f : MnistFile.values()) {
            if (find(folder, f).isEmpty()) {
                missing.add(f.gzName());
            }
        }
        return missing;
    }
}
