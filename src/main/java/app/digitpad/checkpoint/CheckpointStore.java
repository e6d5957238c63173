package app.digitpad.checkpoint;

import app.digitpad.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checkpoints one training run writes: saves {@code <arch>-epoch-NNN.zip} + sidecar, then keeps the
 * last few and the best by test accuracy, so a long run neither fills the disk nor loses its best. Only
 * files this store wrote are ever pruned, and a name that is already taken (an earlier run's file, the
 * user's) is never overwritten: the new file is numbered past it ({@code <arch>-epoch-NNN-2.zip}). One
 * store per run, used from the run's thread.
 */
public final class CheckpointStore {

    private final Path folder;
    private final int keepLast;
    private final CheckpointFiles files = new CheckpointFiles();
    /** The model files this run wrote and still keeps, oldest first: the only candidates for pruning. */
    private final List<Path> written = new ArrayList<>();

    public CheckpointStore(Path folder, int keepLast) {
        if (keepLast < 1) {
            throw new IllegalArgumentException("keepLast must be at least 1, was " + keepLast);
        }
        this.folder = folder;
        this.keepLast = keepLast;
    }

    public Path folder() {
        return folder;
    }

    /** Writes one epoch's checkpoint atomically under a name no other file has, then prunes; returns the file. */
    public Path save(Network net, CheckpointMetadata metadata) throws IOException {
        Path zip = freeName(metadata);
        files.write(net, metadata, zip);
        written.add(zip);
        prune();
        return zip;
    }

    /** The epoch's name, or the same numbered past any file (model, sidecar or index) already there. */
    private Path freeName(CheckpointMetadata metadata) {
        String base = String.format(Locale.ROOT, "%s-epoch-%03d", metadata.architecture(), metadata.epoch());
        for (int n = 1; ; n++) {
            Path zip = folder.resolve(n == 1 ? base + ".zip" : base + "-" + n + ".zip");
            if (written.contains(zip) || !Files.exists(zip, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(CheckpointFiles.sidecarOf(zip), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(CheckpointFiles.nearestIndexOf(zip), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return zip;
            }
        }
    }

    /** The checkpoints in the folder with sidecars, oldest epoch first. */
    public List<Checkpoint> list() throws IOException {
        return list(folder);
    }

    /** Every model zip in a folder, with its sidecar when it has one, by epoch then name. */
    public static List<Checkpoint> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Checkpoint> out = new ArrayList<>();
        try (Stream<Path> zips = Files.list(folder)) {
            for (Path zip : zips.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                out.add(describe(zip));
            }
        }
        out.sort(Comparator.comparingInt((Checkpoint c) -> c.metadata().map(CheckpointMetadata::epoch).orElse(-1))
                .thenComparing(c -> c.file().getFileName().toString()));
        return out;
    }

    /** A model file with its sidecar's metadata, or none when the sidecar is missing or unreadable. */
    public static Checkpoint describe(Path zip) {
        Optional<CheckpointMetadata> meta;
        try {
            meta = new CheckpointFiles().readSidecar(zip);
        } catch (CheckpointException e) {
            meta = Optional.empty();
        }
        return new Checkpoint(zip, meta);
    }

    /** Keeps the last {@code keepLast} files this store wrote and the best of them; other files are never touched. */
    private void prune() throws IOException {
        List<Checkpoint> ours = new ArrayList<>();
        for (Path zip : written) {
            ours.add(describe(zip));
        }
        Set<Path> keep = new HashSet<>();
        ours.stream().skip(Math.max(0, ours.size() - keepLast)).forEach(c -> keep.add(c.file()));
        ours.stream().filter(c -> c.metadata().isPresent())
                .max(Comparator.comparingDouble(c -> c.metadata().get().metrics().testAccuracy()))
                .ifPresent(best -> keep.add(best.file()));
        for (Checkpoint c : ours) {
            if (!keep.contains(c.file())) {
                Files.deleteIfExists(CheckpointFiles.sidecarOf(c.file()));
                Files.deleteIfExists(CheckpointFiles.nearestIndexOf(c.file()));
                Files.deleteIfExists(c.file());
                written.remove(c.file());
            }
        }
    }
}
