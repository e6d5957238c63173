package app.digitpad.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the new, never half of either: the bytes go to a
 * temp file beside the target, which is then renamed over it. A failed write (a full disk, a killed
 * process) leaves the old file as it was. Any thread; callers serialise writes to the same file.
 */
public final class AtomicFiles {

    /** The rename step, replaceable in tests to simulate a process killed between write and rename. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** Temp files' names, so that a killed write's leftovers can be recognised. */
    static final String TEMP_PREFIX = ".digitpad-write";
    static final String TEMP_SUFFIX = ".tmp";
    /** A temp file untouched this long belongs to no live write: writes here take well under a second. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(2);

    /** The real rename: atomic where the file system can, a plain replace where it cannot. */
    public static final Mover RENAME = AtomicFiles::rename;

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically with the real rename. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, RENAME);
    }

    /** Writes {@code bytes} to {@code target} atomically, renaming with {@code mover}. */
    public static void write(Path target, byte[] bytes, Mover mover) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            Files.write(temp, bytes);
            mover.move(temp, target);
        } catch (IOException e) {
            throw new IOException("could not write " + target + ": " + IoMessages.reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file {@code dir/prefix<random>suffix} with the permissions the user's umask gives new files
     * (what other programs' files get), unlike {@link Files#createTempFile}, which makes them owner-only.
     */
    public static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + suffix);
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    /** Removes this class's temp files in {@code dir} that a killed process left behind; returns how many. */
    public static int removeStaleTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(STALE_AFTER));
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)
                    && p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                if (Files.getLastModifiedTime(f).compareTo(cutoff) < 0 && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
