package app.digitpad.checkpoint;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder a training run writes its checkpoints to. A new run never overwrites an earlier one: a used
 * folder is refused unless the run continues a checkpoint from it or the user forces it, and the GUI gets
 * a folder of its own every time. The folder is proved writable before any data is loaded, and temp files
 * left by a killed write are removed. Any thread; no state.
 */
public final class RunFolder {

    /** A temp file untouched this long is a leftover of a killed write: a live write renews it within seconds. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** Less free space than this and a run would fail at its first checkpoint: refuse at once. */
    static final long MIN_FREE_BYTES = 50L << 20;

    /** Folders this process created for a run: the only ones {@link #removeIfUnused} may remove. */
    private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

    private RunFolder() {
    }

    /** Where the app's own runs go (the Training tab's, and the Models tab's second folder): {@code <appFolder>/runs}. */
    public static Path ofUser(Path appFolder) {
        return appFolder.resolve("runs");
    }

    /**
     * Makes {@code folder} ready for a run: created, writable, with room, and either unused or the folder of
     * the checkpoint being resumed ({@code resume}, may be null), unless {@code force}.
     */
    public static Path prepare(Path folder, Path resume, boolean force) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        boolean existed = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        createWritable(dir);
        if (!existed) {
            CREATED.add(dir);
        }
        removeStaleTemps(dir);
        List<Path> earlier = models(dir);
        boolean continuing = resume != null && dir.equals(resume.toAbsolutePath().normalize().getParent());
        if (!earlier.isEmpty() && !continuing && !force) {
            throw new IOException("output folder " + dir + " already holds an earlier run (" + earlier.size()
                    + " model file(s), e.g. " + earlier.get(0).getFileName() + "); choose a new folder, continue it "
                    + "with --resume " + earlier.get(earlier.size() - 1) + ", or add this run's checkpoints beside them "
                    + "with --force (nothing there is overwritten or removed)");
        }
        return dir;
    }

    /** A new folder {@code parent/base}, or {@code base-2}, {@code base-3} … if taken: never an existing one. */
    public static Path createFresh(Path parent, String base) throws IOException {
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? base : base + "-" + n);
            try {
                Path dir = Files.createDirectory(candidate);
                CREATED.add(dir.toAbsolutePath().normalize());
                createWritable(dir);
                return dir;
            } catch (FileAlreadyExistsException taken) {
                // Another run (or a second window) took it first: try the next name.
            }
        }
    }

    /**
     * Removes {@code folder} if this process created it for a run and the run left nothing in it but its
     * lock file (it failed or was stopped before its first checkpoint); any other folder is left alone.
     */
    public static void removeIfUnused(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!CREATED.contains(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.allMatch(f -> f.getFileName().toString().equals(RunLock.FILE))) {
                Files.deleteIfExists(dir.resolve(RunLock.FILE));
                Files.delete(dir);
                CREATED.remove(dir);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RunFolder.class).warn("Could not remove the unused run folder {}: {}",
                    dir, e.getMessage());
        }
    }

    /** Removes this project's temp files that no live write can own any more; returns how many. */
    public static int removeStaleTemps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(CheckpointFiles::isTempFile).toList()) {
                if (Files.getLastModifiedTime(f).compareTo(cutoff) < 0 && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void createWritable(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("output folder " + dir + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create output folder " + dir + ": " + reason(e), e);
        }
        try {
            Files.delete(Files.createTempFile(dir, CheckpointFiles.META_TEMP_PREFIX, CheckpointFiles.TEMP_SUFFIX));
        } catch (FileSystemException e) {
            throw new IOException("cannot write in output folder " + dir + ": " + reason(e), e);
        }
        long free = Files.getFileStore(dir).getUsableSpace();
        if (free < MIN_FREE_BYTES) {
            throw new IOException("output folder " + dir + " has only " + (free >> 20) + " MB free; a run needs at "
                    + "least " + (MIN_FREE_BYTES >> 20) + " MB for its checkpoints");
        }
    }

    private static List<Path> models(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
