package app.digitpad.checkpoint;

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
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The checkpoint folder of one training run: saves {@code <arch>-epoch-NNN.zip} + sidecar, then keeps
 * the last few and the best by test accuracy, so a long run neither fills the disk nor loses its best.
 */
public final class CheckpointStore {

    private final Path folder;
    private final int keepLast;
    private final CheckpointFiles files = new CheckpointFiles();

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

    /** Writes one epoch's checkpoint atomically, then prunes; returns the new model file. */
    public Path save(MultiLayerNetwork net, CheckpointMetadata metadata) throws IOException {
        String name = String.format(Locale.ROOT, "%s-epoch-%03d.zip", metadata.architecture(), metadata.epoch());
        Path zip = folder.resolve(name);
        files.write(net, metadata, zip);
        prune(metadata.architecture());
        return zip;
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

    /** Only this store's own epoch files of that architecture are candidates; other zips are never touched. */
    private void prune(String architecture) throws IOException {
        String pattern = java.util.regex.Pattern.quote(architecture) + "-epoch-\\d{3}\\.zip";
        List<Checkpoint> ours = list().stream()
                .filter(c -> c.metadata().isPresent() && c.file().getFileName().toString().matches(pattern))
                .toList();
        Set<Path> keep = new HashSet<>();
        ours.stream().skip(Math.max(0, ours.size() - keepLast)).forEach(c -> keep.add(c.file()));
        ours.stream().max(Comparator.comparingDouble(c -> c.metadata().get().testAccuracy()))
                .ifPresent(best -> keep.add(best.file()));
        for (Checkpoint c : ours) {
            if (!keep.contains(c.file())) {
                Files.deleteIfExists(CheckpointFiles.sidecarOf(c.file()));
                Files.deleteIfExists(CheckpointFiles.nearestIndexOf(c.file()));
                Files.deleteIfExists(c.file());
            }
        }
    }
}
