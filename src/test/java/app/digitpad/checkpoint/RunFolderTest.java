package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's folder: never an earlier run's, checked before any data is loaded, cleaned of killed writes. */
class RunFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderHoldingAnEarlierRunIsRefusedByNameWithTheWaysOut() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("tutorial-epoch-001.zip"), "earlier");
        IOException e = assertThrows(IOException.class, () -> RunFolder.prepare(run, null, false));
        assertTrue(e.getMessage().startsWith("output folder " + run.toAbsolutePath() + " already holds an earlier run"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--resume") && e.getMessage().contains("--force"), e.getMessage());
        assertEquals("earlier", Files.readString(run.resolve("tutorial-epoch-001.zip")), "nothing touched");
    }

    @Test
    void continuingACheckpointOfTheFolderOrForcingIsAllowed() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Path zip = Files.writeString(run.resolve("tutorial-epoch-001.zip"), "earlier");
        assertEquals(run.toAbsolutePath(), RunFolder.prepare(run, zip, false));
        assertEquals(run.toAbsolutePath(), RunFolder.prepare(run, null, true));
        Path elsewhere = Files.writeString(tmp.resolve("other.zip"), "x");
        assertThrows(IOException.class, () -> RunFolder.prepare(run, elsewhere, false),
                "resuming another folder's checkpoint does not make this one free");
    }

    @Test
    void anUnusableFolderIsReportedWithItsWholePath() throws IOException {
        Path file = Files.writeString(tmp.resolve("passwd"), "a file");
        IOException notAFolder = assertThrows(IOException.class, () -> RunFolder.prepare(file.resolve("x"), null, false));
        assertTrue(notAFolder.getMessage().startsWith("cannot create output folder " + file.resolve("x").toAbsolutePath()),
                notAFolder.getMessage());
        IOException isAFile = assertThrows(IOException.class, () -> RunFolder.prepare(file, null, false));
        assertTrue(isAFile.getMessage().contains(file.toAbsolutePath().toString()), isAFile.getMessage());
    }

    @Test
    void aFreshFolderIsNeverOneThatExists() throws IOException {
        Path first = RunFolder.createFresh(tmp, "20261128-120000-tutorial");
        Files.writeString(first.resolve("tutorial-epoch-001.zip"), "first run");
        Path second = RunFolder.createFresh(tmp, "20261128-120000-tutorial");
        assertNotEquals(first, second);
        assertEquals("20261128-120000-tutorial-2", second.getFileName().toString());
        assertEquals("first run", Files.readString(first.resolve("tutorial-epoch-001.zip")));
    }

    @Test
    void tempFilesOfAKilledWriteAreRemovedButALiveWritesAreKept() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Path stale = Files.writeString(run.resolve(".digitpad-model123.tmp"), "half a model");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(RunFolder.STALE_AFTER).minusSeconds(1)));
        Path live = Files.writeString(run.resolve(".digitpad-meta456.tmp"), "being written");
        Path foreign = Files.writeString(run.resolve("notes.tmp"), "not ours");
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minusSeconds(3600)));

        RunFolder.prepare(run, null, false);

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a temp file just written may belong to a write in progress");
        assertTrue(Files.exists(foreign), "only files of our own naming are removed");
    }
}
