package app.digitpad.explain;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.data.AtomicFiles;
import app.digitpad.data.MnistDownloader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DigitNormalizer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a model's training-set embeddings on disk, so that nearest digits cost one scan after the first
 * time (embedding takes seconds to tens of seconds). The file lies beside the checkpoint
 * ({@code <model>.zip.nearest}); for a bundled model, or a checkpoint in a folder this user cannot write,
 * it lies in the user's cache, named by the checkpoint's hash. A bundled model's index ships beside it
 * ({@code digitpad nearest} builds it) and is read, never written: so the bundled models' nearest digits
 * are there at once; one that does not match is passed over for the cache. An entry records the checkpoint's
 * SHA-256, the preprocessing version and the training set's size and labels, is written atomically, and a
 * stale or damaged one is rebuilt, never trusted. Any thread; entries are immutable files.
 */
public final class NearestCache {

    private static final Logger LOG = LoggerFactory.getLogger(NearestCache.class);
    private static final String MAGIC = "DIGITPAD-NEAREST-1";

    private final Path userCache;
    private final Path bundled;

    /** {@code userCache}: the user's cache folder; {@code bundled}: the app's own models (never written to). */
    public NearestCache(Path userCache, Path bundled) {
        this.userCache = userCache;
        this.bundled = bundled;
    }

    /** Where the entry for this checkpoint lives. */
    public Path location(Path checkpoint, String checkpointSha) {
        Path folder = checkpoint.toAbsolutePath().getParent();
        boolean own = bundled == null || !folder.equals(bundled.toAbsolutePath());
        if (own && Files.isWritable(folder)) {
            return CheckpointFiles.nearestIndexOf(checkpoint.toAbsolutePath());
        }
        return userCache.resolve("nearest-" + checkpointSha.substring(0, 16) + ".nearest");
    }

    /**
     * The nearest-digit index of this model over {@code prepared} (training images as the network saw them):
     * read from disk, or embedded (reporting images done) and stored. Empty when cancelled.
     */
    public Optional<NearestDigits> obtain(Path checkpoint, Explainer explainer, MnistSet prepared,
                                          IntConsumer progress, BooleanSupplier cancelled) throws IOException {
        String sha = MnistDownloader.sha256(checkpoint);
        Path entry = location(checkpoint, sha);
        int size = explainer.embeddingSize();
        String header = header(sha, prepared, size);
        float[] vectors = shipped(checkpoint).map(file -> read(file, header, prepared.size() * size)).orElse(null);
        if (vectors == null) {
            vectors = read(entry, header, prepared.size() * size);
        }
        if (vectors == null) {
            vectors = NearestDigits.embedAll(explainer, prepared, progress, cancelled);
            if (vectors == null) {
                return Optional.empty();
            }
            write(entry, header, vectors);
        }
        return Optional.of(new NearestDigits(prepared, vectors, size));
    }

    /** The index shipped beside a bundled model, or empty for any other checkpoint (or without one). */
    Optional<Path> shipped(Path checkpoint) {
        Path file = CheckpointFiles.nearestIndexOf(checkpoint.toAbsolutePath());
        boolean inBundled = bundled != null && checkpoint.toAbsolutePath().getParent().equals(bundled.toAbsolutePath());
        return inBundled && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** What an entry begins with: the checkpoint's hash, the preprocessing, the digits indexed and the vectors' size. */
    static String header(String sha, MnistSet prepared, int size) {
        return MAGIC + "\n" + sha + "\n" + DigitNormalizer.VERSION + "\n" + prepared.size() + " "
                + Arrays.hashCode(prepared.labels()) + "\n" + size + "\n";
    }

    private static float[] read(Path entry, String header, int values) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(entry);
            byte[] head = header.getBytes(StandardCharsets.UTF_8);
            if (all.length != head.length + 4L * values || !Arrays.equals(Arrays.copyOf(all, head.length), head)) {
                LOG.info("Not using {}: made for another model, data or version, or damaged", entry);
                return null;
            }
            float[] out = new float[values];
            ByteBuffer.wrap(all, head.length, 4 * values).asFloatBuffer().get(out);
            return out;
        } catch (IOException e) {
            LOG.warn("Not using {}: cannot be read ({})", entry, e.getMessage());
            return null;
        }
    }

    /**
     * A failed store is logged, not fatal: the index still serves this session. A temp file that a process
     * killed while writing left behind is removed first.
     */
    private static void write(Path entry, String header, float[] vectors) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(head.length + 4 * vectors.length);
        bytes.put(head).asFloatBuffer().put(vectors);
        try {
            Files.createDirectories(entry.getParent());
            AtomicFiles.removeStaleTemps(entry.getParent());
            AtomicFiles.write(entry, bytes.array());
        } catch (IOException e) {
            LOG.warn("Could not store nearest digits at {}: {}", entry, e.getMessage());
        }
    }
}
