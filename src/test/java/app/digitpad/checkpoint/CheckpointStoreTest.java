package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Architectures;
import app.digitpad.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path tmp;

    private final Network net = Architectures.standard().build("tutorial", 1, 1e-3);

    @Test
    void keepsTheLastThreeAndTheBest() throws IOException {
        CheckpointStore store = new CheckpointStore(tmp, 3);
        double[] accuracies = {0.90, 0.97, 0.93, 0.94, 0.95, 0.96};
        for (int e = 1; e <= accuracies.length; e++) {
            Path zip = store.save(net, CheckpointLoaderTest.metadata(e, accuracies[e - 1]));
            if (e == 1) {
                Files.writeString(CheckpointFiles.nearestIndexOf(zip), "an index made by the Explain tab");
            }
        }
        List<String> names = store.list().stream().map(c -> c.file().getFileName().toString()).toList();
        assertEquals(List.of("tutorial-epoch-002.zip", "tutorial-epoch-004.zip", "tutorial-epoch-005.zip",
                "tutorial-epoch-006.zip"), names);
        assertEquals(8, files().size(), "each zip has its sidecar, a pruned one's index went with it, no temp files");
    }

    @Test
    void neverTouchesOtherModelsInTheFolder() throws IOException {
        Path bundled = Files.writeString(tmp.resolve("tutorial.zip"), "someone's model");
        CheckpointStore store = new CheckpointStore(tmp, 1);
        store.save(net, CheckpointLoaderTest.metadata(1, 0.9));
        store.save(net, CheckpointLoaderTest.metadata(2, 0.95));
        assertTrue(Files.exists(bundled));
        assertEquals(List.of("tutorial.zip", "tutorial-epoch-002.zip"),
                store.list().stream().map(c -> c.file().getFileName().toString()).toList());
    }

    @Test
    void failedWriteLeavesNoTempFileAndKeepsTheOldFile() throws IOException {
        Path target = tmp.resolve("tutorial-epoch-001.zip");
        Files.createDirectories(target.resolve("occupied"));
        assertThrows(IOException.class, () -> new CheckpointFiles().write(net, CheckpointLoaderTest.metadata(1, 0.9), target));
        assertEquals(List.of(target), files(), "only the pre-existing entry remains; no .tmp files");
    }

    @Test
    void writtenFilesAreReadableByOthers() throws IOException {
        Path zip = new CheckpointStore(tmp, 3).save(net, CheckpointLoaderTest.metadata(1, 0.9));
        assertTrue(Files.getPosixFilePermissions(zip).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }

    /**
     * {@code train --force} into a folder of an earlier run: before, pruning removed the user's epoch-004 and
     * both new checkpoints, and a new epoch-001 overwrote the old one. Now only this run's files are pruned,
     * and a taken name is numbered past.
     */
    @Test
    void aRunNeverPrunesOrOverwritesFilesItDidNotWrite() throws IOException {
        CheckpointStore earlier = new CheckpointStore(tmp, 10);
        for (int e : new int[] {1, 3, 4, 5}) {
            earlier.save(net, CheckpointLoaderTest.metadata(e, 0.99));
        }
        byte[] oldFirst = Files.readAllBytes(tmp.resolve("tutorial-epoch-001.zip"));
        CheckpointStore run = new CheckpointStore(tmp, 1);
        Path first = run.save(net, CheckpointLoaderTest.metadata(1, 0.90));
        Path second = run.save(net, CheckpointLoaderTest.metadata(2, 0.95));
        assertEquals("tutorial-epoch-001-2.zip", first.getFileName().toString(), "the taken name is numbered past");
        assertTrue(java.util.Arrays.equals(oldFirst, Files.readAllBytes(tmp.resolve("tutorial-epoch-001.zip"))),
                "the earlier epoch-001 is untouched");
        assertEquals(List.of("tutorial-epoch-001.zip", "tutorial-epoch-002.zip", "tutorial-epoch-003.zip",
                        "tutorial-epoch-004.zip", "tutorial-epoch-005.zip"),
                store(tmp).stream().map(c -> c.file().getFileName().toString()).toList(),
                "all earlier files stay; of this run only the last (also its best) is kept");
        assertTrue(Files.exists(second) && !Files.exists(first));
    }

    private static List<Checkpoint> store(Path dir) throws IOException {
        return CheckpointStore.list(dir);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.sorted().toList();
        }
    }
}
