package app.digitpad.preprocess;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MNIST as the pad's preprocessing made it, on disk, so that a run starts in a second rather than
 * after 20-70 s of normalizing 70,000 images. An entry is keyed by the SHA-256 of the raw images and by
 * {@link DigitNormalizer#VERSION}, written atomically, and checked when read (header, key and exact
 * length): a stale or damaged entry is rebuilt, never trusted. A few entries are kept per split, the least
 * recently used going first, so that two data folders used in turn (MNIST and a trimmed copy of it, or the
 * nearest-digit index's first 20,000 training digits beside all 60,000) do not rebuild each other's. Any thread;
 * entries are immutable files.
 */
public final class PreparedCache {

    private static final Logger LOG = LoggerFactory.getLogger(PreparedCache.class);
    private static final String MAGIC = "DIGITPAD-PREPARED-1";
    /** Entries kept per split: a training split is 47 MB, so three are at most 141 MB of the user's disk. */
    static final int KEPT_PER_SPLIT = 3;

    private final Path folder;

    /** {@code folder}: where entries live (e.g. {@code ~/.digitpad/cache}); created when first written. */
    public PreparedCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The whole split as prepared earlier, when a valid entry exists. */
    public Optional<MnistSet> lookup(MnistSet raw) {
        String key = sha256(raw.pixels());
        Path entry = entry(raw, key);
        byte[] cached = read(entry, key, raw.size());
        if (cached == null) {
            return Optional.empty();
        }
        markUsed(entry);
        return Optional.of(new MnistSet(raw.name(), cached, raw.labels()));
    }

    /** Prepares the whole split (reporting images done) and stores it; a failed store is logged, not fatal. */
    public MnistSet build(MnistSet raw, IntConsumer progress) {
        MnistSet prepared = MnistPreprocessor.apply(raw, progress);
        String key = sha256(raw.pixels());
        write(entry(raw, key), key, prepared);
        return prepared;
    }

    private Path entry(MnistSet raw, String key) {
        return folder.resolve("mnist-" + raw.name() + "-" + key.substring(0, 16) + ".bin");
    }

    private static String header(String key, int count) {
        return MAGIC + "\n" + DigitNormalizer.VERSION + "\n" + key + "\n" + count + "\n";
    }

    private byte[] read(Path entry, String key, int count) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(entry);
            byte[] head = header(key, count).getBytes(StandardCharsets.UTF_8);
            long expected = head.length + (long) count * MnistSet.PIXELS;
            if (all.length != expected || !Arrays.equals(Arrays.copyOf(all, head.length), head)) {
                LOG.info("Rebuilding {}: stale (another preprocessing version) or damaged", entry);
                return null;
            }
            return Arrays.copyOfRange(all, head.length, all.length);
        } catch (IOException e) {
            LOG.warn("Rebuilding {}: cannot be read ({})", entry, e.getMessage());
            return null;
        }
    }

    private void write(Path entry, String key, MnistSet prepared) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(prepared.pixels().length + 256);
            bytes.write(header(key, prepared.size()).getBytes(StandardCharsets.UTF_8));
            bytes.write(prepared.pixels());
            AtomicFiles.write(entry, bytes.toByteArray());
            removeLeastRecentlyUsed(prepared.name());
        } catch (IOException e) {
            LOG.warn("Could not cache the prepared {} digits in {}: {}", prepared.name(), folder, IoMessages.describe(e, folder));
        }
    }

    /** A hit counts as a use, so that the entry a user works with is not the one that goes. */
    private static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debug("Could not mark {} as used: {}", entry, e.getMessage());
        }
    }

    /** Beyond {@link #KEPT_PER_SPLIT}, entries of the split (other data, or an older preprocessing) are dead weight. */
    private void removeLeastRecentlyUsed(String split) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(p -> p.getFileName().toString().startsWith("mnist-" + split + "-"))
                    .filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(PreparedCache::lastUsed).reversed()).toList();
        }
        for (Path f : entries.subList(Math.min(KEPT_PER_SPLIT, entries.size()), entries.size())) {
            Files.deleteIfExists(f);
        }
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
