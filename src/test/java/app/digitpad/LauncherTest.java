package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.ui.DigitPadApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar started with no command where no window can open: a clear error and status, no stack trace. */
class LauncherTest {

    @Test
    void withNoDisplayTheWindowSaysWhyAndExitsWithStatusTwo(@TempDir Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName())).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("DIGITPAD_HOME", home.toString());
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        assertEquals(DigitPadApp.NO_WINDOW, child.exitValue(), output);
        assertTrue(output.contains("error: the DigitPad window cannot open: no X display: the DISPLAY variable is not"
                + " set"), output);
        assertTrue(output.contains("--help"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertFalse(output.contains("Unsupported JavaFX configuration"), "no warning about the class path: " + output);
    }
}
