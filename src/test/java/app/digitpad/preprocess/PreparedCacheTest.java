package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.data.MnistSet;
import app.digitpad.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prepared-MNIST cache on slices of real MNIST test digits: what it gives back, rebuilds and keeps. */
class PreparedCacheTest {

    @TempDir
    Path folder;

    private static MnistSet slice(int from, int count) {
        int[] indices = java.util.stream.IntStream.range(from, from + count).toArray();
        return TestData.test().select("test", indices);
    }

    @Test
    void anEntryGivesBackExactlyWhatPreparingGave() {
        PreparedCache cache = new PreparedCache(folder);
        MnistSet raw = slice(0, 40);
        assertTrue(cache.lookup(raw).isEmpty(), "nothing before it is built");
        MnistSet built = cache.build(raw, done -> { });
        MnistSet found = cache.lookup(raw).orElseThrow();
        assertArrayEquals(built.pixels(), found.pixels());
        assertArrayEquals(raw.labels(), found.labels());
        assertArrayEquals(MnistPreprocessor.apply(raw, done -> { }).pixels(), found.pixels());
    }

    @Test
    void aDamagedEntryIsRebuiltNotTrusted() throws IOException {
        PreparedCache cache = new PreparedCache(folder);
        MnistSet raw = slice(0, 40);
        cache.build(raw, done -> { });
        Path entry = entries("test").get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertTrue(cache.lookup(raw).isEmpty(), "a short entry is not used");
    }

    @Test
    void aFewDataFoldersUsedInTurnKeepTheirEntriesAndTheLeastRecentlyUsedGoesFirst() throws IOException {
        PreparedCache cache = new PreparedCache(folder);
        MnistSet[] folders = {slice(0, 30), slice(30, 30), slice(60, 30), slice(90, 30)};
        for (int i = 0; i < PreparedCache.KEPT_PER_SPLIT; i++) {
            cache.build(folders[i], done -> { });
            ageAll();
        }
        assertEquals(PreparedCache.KEPT_PER_SPLIT, entries("test").size());
        assertTrue(cache.lookup(folders[0]).isPresent(), "the first folder's entry is still there, and now in use");

        cache.build(folders[3], done -> { });
        assertEquals(PreparedCache.KEPT_PER_SPLIT, entries("test").size());
        assertTrue(cache.lookup(folders[0]).isPresent(), "kept: it was used last");
        assertTrue(cache.lookup(folders[1]).isEmpty(), "removed: the least recently used");
        assertTrue(cache.lookup(folders[2]).isPresent());
        assertTrue(cache.lookup(folders[3]).isPresent());
    }

    @Test
    void entriesOfAnotherSplitAndOtherFilesAreLeftAlone() throws IOException {
        Path mine = Files.writeString(folder.resolve("notes.txt"), "the user's");
        Path other = Files.writeString(folder.resolve("mnist-test-0123456789abcdef.bin.old"), "named like an entry, not one");
        PreparedCache cache = new PreparedCache(folder);
        MnistSet train = TestData.train().limit(30);
        cache.build(train, done -> { });
        for (int i = 0; i < PreparedCache.KEPT_PER_SPLIT + 1; i++) {
            cache.build(slice(30 * i, 30), done -> { });
        }
        assertTrue(cache.lookup(train).isPresent(), "the training split's entry is not the test split's to remove");
        assertTrue(Files.exists(mine) && Files.exists(other), "files that are not its entries stay");
    }

    /** Moves every entry's time back, as if written earlier (file times are coarse on some file systems). */
    private void ageAll() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                FileTime t = Files.getLastModifiedTime(f);
                Files.setLastModifiedTime(f, FileTime.fromMillis(t.toMillis() - 60_000));
            }
        }
    }

    private List<Path> entries(String split) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("mnist-" + split + "-")
                    && p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
