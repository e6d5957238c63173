package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM's fatal-error banner goes to the standard error; everything else it printed stays where it was. */
class FatalBannerTest {

    private static final String BANNER = "#\n" + FatalBanner.FIRST_LINE + ":\n#\n#  SIGSEGV (0xb) at pc=0x1, pid=42, tid=43\n"
            + "#\n# An error report file with more information is saved as:\n# /work/hs_err_pid42.log\n#\n";

    private static String[] copied(String childOutput) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FatalBanner.copy(new ByteArrayInputStream(childOutput.getBytes(StandardCharsets.UTF_8)), out, err);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void theBannerAndWhatFollowsGoToTheErrorStreamAndTheOutputBeforeItStays() throws Exception {
        String[] streams = copied("{\"read\":\"7\"}\n" + BANNER + "[error occurred during error reporting]\n");
        assertEquals("{\"read\":\"7\"}\n", streams[0]);
        assertEquals(BANNER + "[error occurred during error reporting]\n", streams[1]);
    }

    @Test
    void linesThatStartWithAHashButAreNoBannerStayOnTheOutputInOrder() throws Exception {
        String output = "# a heading\n#\nrow 1\n#\n#\n# not the banner\nlast, with no line end";
        String[] streams = copied(output);
        assertEquals(output, streams[0]);
        assertEquals("", streams[1]);
    }

    @Test
    void aJsonCommandWhoseJvmDiesLeavesOnlyItsJsonOnTheOutput(@TempDir Path folder) throws Exception {
        Path classes = Path.of(CrashingChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = List.of(ChildJvm.java().orElseThrow(), "-Xmx64m", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + folder.resolve("hs_err_pid%p.log"), "-cp", classes.toString(),
                CrashingChild.class.getName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ChildJvm.Ended ended = ChildJvm.runToEnd(command, true, out, err);
        // Without a core dump HotSpot exits with status 1 after its report (with one it aborts: 134).
        assertNotEquals(0, ended.status(), err.toString(StandardCharsets.UTF_8));
        assertEquals("{\"read\":\"7\"}\n", out.toString(StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(FatalBanner.FIRST_LINE), said);
        assertTrue(Files.exists(folder.resolve("hs_err_pid" + ended.pid() + ".log")), "the JVM's own report");
    }

    @Test
    void onlyCommandsThatPromiseJsonHaveTheirOutputPassedThrough() {
        assertTrue(HeapCeiling.promisesJson(new String[] {"predict", "--json", "a.png"}));
        assertTrue(HeapCeiling.promisesJson(new String[] {"evaluate", "--data", "d", "--json"}));
        assertFalse(HeapCeiling.promisesJson(new String[] {"predict", "a.png"}));
    }
}
