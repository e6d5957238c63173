package app.digitpad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    /** Files written atomically get what the umask gives any new file, not the temp file's owner-only 0600. */
    @Test
    void writtenFilesFollowTheUmaskLikeAnyNewFile() throws Exception {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path written = tmp.resolve("written.png");
        AtomicFiles.write(written, new byte[] {1, 2, 3});
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(written));
        assertTrue(expected.size() > 2, "the umask here leaves more than owner read/write: " + expected);
    }

    @Test
    void aFailedWriteNamesTheFileAndLeavesNoTemp() throws Exception {
        Path target = tmp.resolve("a-folder");
        Files.createDirectories(target.resolve("inside"));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicFiles.write(target, new byte[] {1}));
        assertTrue(e.getMessage().startsWith("could not write " + target + ": "), e.getMessage());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "only the folder; no temp file");
        }
    }
}
