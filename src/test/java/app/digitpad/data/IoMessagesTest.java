package app.digitpad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Java's file-system exceptions carry only a path; the user gets what, where and why. */
class IoMessagesTest {

    @Test
    void aFileSystemExceptionGetsItsReason() {
        assertEquals("/tmp/x/afile.txt: already exists (as a file where a folder is needed, or the other way round)",
                IoMessages.describe(new FileAlreadyExistsException("/tmp/x/afile.txt")));
        assertEquals("/proc/self/x: permission denied", IoMessages.describe(new AccessDeniedException("/proc/self/x")));
        assertEquals("/a: no such file or folder", IoMessages.describe(new NoSuchFileException("/a")));
        assertEquals("/a -> /b: No space left on device",
                IoMessages.describe(new FileSystemException("/a", "/b", "No space left on device")));
    }

    @Test
    void otherExceptionsKeepTheirMessage() {
        assertEquals("could not write /a: No space left on device",
                IoMessages.describe(new IOException("could not write /a: No space left on device")));
        assertEquals("IOException", IoMessages.describe(new IOException()));
    }
}
