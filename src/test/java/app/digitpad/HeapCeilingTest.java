package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which commands restart under a heap ceiling, and with which command line. */
class HeapCeilingTest {

    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");
    private static final long SIX_GB = 6L << 30;

    @Test
    void theHelperTrainingAndImageReadingCommandsRestartWithTheCeilingAndEverythingTheUserGave() {
        Optional<List<String>> command = HeapCeiling.relaunch(new String[] {"gate", "--out", "x.gate"},
                List.of("-Duser.home=/tmp/h"), JAVA, "digitpad.jar", SIX_GB, false);
        assertEquals(List.of("/usr/bin/java", "-Duser.home=/tmp/h", HeapCeiling.MAX_HEAP, "-D" + HeapCeiling.MARK
                + "=true", "-cp", "digitpad.jar", Launcher.class.getName(), "gate", "--out", "x.gate"),
                command.orElseThrow());
        assertTrue(HeapCeiling.relaunch(new String[] {"segments"}, List.of(), JAVA, "digitpad.jar", SIX_GB, false)
                .isPresent());
        assertTrue(HeapCeiling.relaunch(new String[] {"predict", "--number", "a.png"}, List.of(), JAVA, "d.jar", SIX_GB,
                false).isPresent(), "images of any size");
        assertTrue(HeapCeiling.relaunch(new String[] {"explain", "a.png"}, List.of(), JAVA, "d.jar", SIX_GB, false)
                .isPresent());
    }

    @Test
    void otherCommandsTheUsersOwnHeapASmallHeapAndTheRestartedJvmRunInPlace() {
        assertTrue(HeapCeiling.relaunch(new String[] {"summary"}, List.of(), JAVA, "d.jar", SIX_GB, false).isEmpty());
        assertTrue(HeapCeiling.relaunch(new String[] {}, List.of(), JAVA, "d.jar", SIX_GB, false).isEmpty(), "the window");
        assertTrue(HeapCeiling.relaunch(new String[] {"gate"}, List.of("-Xmx2g"), JAVA, "d.jar", 2L << 30, false).isEmpty());
        assertTrue(HeapCeiling.relaunch(new String[] {"gate"}, List.of(), JAVA, "d.jar", 512L << 20, false).isEmpty());
        assertTrue(HeapCeiling.relaunch(new String[] {"gate"}, List.of(), JAVA, "d.jar", SIX_GB, true).isEmpty());
        assertTrue(HeapCeiling.relaunch(new String[] {"gate"}, List.of(), Optional.empty(), "d.jar", SIX_GB, false).isEmpty());
    }

    @Test
    void aCommandWhoseJvmDiedIsFollowedByWhatBecameOfTheFilesAndWhatToDo() {
        Optional<Path> report = Optional.of(Path.of("/work/hs_err_pid42.log"));
        for (int fatal : new int[] {134, 135, 139}) {
            String note = HeapCeiling.endNote(fatal, report).orElseThrow();
            assertTrue(note.contains("fatal error in native code (exit status " + fatal
                    + "; the JVM's report: /work/hs_err_pid42.log)"), note);
            assertTrue(note.contains("No file was left half-written") && note.contains("Run the command again"), note);
        }
        assertTrue(HeapCeiling.endNote(134, Optional.empty()).orElseThrow().contains("(exit status 134). "));
        assertTrue(HeapCeiling.endNote(137, Optional.empty()).orElseThrow().contains("killed (SIGKILL"));
        for (int ended : new int[] {0, 1, 2, 130, 143}) {
            assertTrue(HeapCeiling.endNote(ended, report).isEmpty(), "a command that ended by itself or on Ctrl+C "
                    + "said its own: " + ended);
        }
    }

    @Test
    void theCrashReportIsFoundWhereTheJvmWritesItWhenNotInTheFolderItRanIn() throws Exception {
        long pid = 987_654_321L;
        Path written = Path.of(System.getProperty("java.io.tmpdir"), "hs_err_pid" + pid + ".log");
        java.nio.file.Files.writeString(written, "# A fatal error has been detected");
        try {
            assertEquals(Optional.of(written), HeapCeiling.crashReport(pid));
            assertTrue(HeapCeiling.crashReport(pid + 1).isEmpty(), "no report, none named");
        } finally {
            java.nio.file.Files.delete(written);
        }
    }
}
