package app.digitpad.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class of the tests in a JVM of its own, on the tests' class path: for what one process cannot
 * show about itself (a lock another process holds; resident memory with a heap fixed and touched in
 * advance, so that only native memory can move it).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} with these JVM options and arguments; its output goes to the returned process's stream. */
    public static Process start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String property : List.of("digitpad.data", "digitpad.models")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
