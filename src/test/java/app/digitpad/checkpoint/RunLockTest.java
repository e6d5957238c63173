package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs into one folder: the second is refused, naming the first's process; a dead process frees it. */
class RunLockTest {

    @TempDir
    Path tmp;

    /** Holds the lock of the folder given until its standard input closes. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
                System.out.println("locked " + ProcessHandle.current().pid());
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void aSecondProcessIsRefusedWithTheFirstsPid() throws Exception {
        Process holder = ChildJvm.start(Holder.class, List.of(), tmp.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("locked "), "the holder did not lock: " + line);
            IOException e = assertThrows(IOException.class, () -> RunLock.acquire(tmp));
            assertTrue(e.getMessage().contains("process " + holder.pid()) && e.getMessage().contains(tmp.toString()),
                    e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (RunLock free = RunLock.acquire(tmp)) {
            assertTrue(true, "the OS released the killed process's lock");
        }
    }

    @Test
    void aSecondRunInThisProcessIsRefusedUntilTheFirstEnds() throws Exception {
        try (RunLock first = RunLock.acquire(tmp)) {
            IOException e = assertThrows(IOException.class, () -> RunLock.acquire(tmp));
            assertTrue(e.getMessage().contains("in use by another run (this process)"), e.getMessage());
        }
        try (RunLock again = RunLock.acquire(tmp)) {
            assertEquals(tmp.resolve(RunLock.FILE).toFile().exists(), true);
        }
    }
}
