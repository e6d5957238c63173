package app.digitpad;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the commands that train helper networks or read images of any size in a JVM whose heap has a
 * ceiling ({@link #COMMANDS}). A command may take 1 GB
 * on any input, but the JVM's default heap here is a quarter of the machine's memory (6 GB), and while the
 * gate or the judge trained, the collector let the heap grow to 1.8 GB (gate) and 3.3 GB (segments) around
 * far less live data; with a 640 MB heap the gate trains to the same parameters at 754 MB resident. A jar
 * cannot carry JVM options, so these commands start the same jar again with {@code -Xmx} ({@link ChildJvm});
 * anything the user set (a heap option of their own) is left alone.
 *
 * <p>Called from {@code main} before anything else starts (no ND4J, no threads).
 */
public final class HeapCeiling {

    /** The heap these commands get: their live data with room, under the 1 GB a command may take. */
    public static final String MAX_HEAP = "-Xmx640m";
    /** Set in the restarted JVM, so that it never restarts again. */
    static final String MARK = "digitpad.heapCeiling";
    /**
     * Commands that hold a large training set (the gate, the judge, and evaluate's leave-one-kind-out), and
     * those that read images of any size: reading a 600x100 strip of noise as a number made 330 MB of garbage
     * in the candidates it judged, and the default heap let it all stay resident (560 MB, 398 MB under the
     * ceiling; a line of noise 8,000 px wide 853 MB, 458 MB).
     */
    static final Set<String> COMMANDS = Set.of("gate", "segments", "evaluate", "predict", "explain");
    /** Heap ceilings above this are "no ceiling" for these commands. */
    private static final long ENOUGH = 1L << 30;

    private HeapCeiling() {
    }

    /** The command line to run instead, or empty to run here. */
    static Optional<List<String>> relaunch(String[] args, List<String> jvmOptions, Optional<String> java,
                                           String classPath, long maxHeap, boolean marked) {
        boolean userChose = jvmOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
                || o.startsWith("-XX:MaxRAM"));
        if (marked || userChose || maxHeap <= ENOUGH || args.length == 0 || !COMMANDS.contains(args[0])
                || java.isEmpty() || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChildJvm.command(java.get(), jvmOptions, List.of(MAX_HEAP, "-D" + MARK + "=true"),
                classPath, List.of(args)));
    }

    /** Runs {@code args} under the ceiling when it applies; returns its exit status, or empty to run here. */
    static Optional<Integer> runUnderCeiling(String[] args) {
        Optional<List<String>> command = relaunch(args, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ChildJvm.java(), System.getProperty("java.class.path"),
                Runtime.getRuntime().maxMemory(), System.getProperty(MARK) != null);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            ChildJvm.Ended ended = ChildJvm.runToEnd(command.get(), promisesJson(args), System.out, System.err);
            endNote(ended.status(), crashReport(ended.pid())).ifPresent(System.err::println);
            return Optional.of(ended.status());
        } catch (java.io.IOException e) {
            System.err.println("note: could not start the command with a heap ceiling (" + e.getMessage()
                    + "); running it here");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Whether the command promises JSON on its standard output ({@code predict --json}, {@code evaluate --json}):
     * then a fatal error's banner, which HotSpot prints there, is passed to the standard error instead
     * ({@link FatalBanner}). Other commands write to the terminal as the child itself.
     */
    static boolean promisesJson(String[] args) {
        return List.of(args).contains("--json");
    }

    /**
     * What to say when the command's JVM did not end by itself: its own last words (a fatal error's banner, which
     * HotSpot prints on the standard output, or nothing at all after a SIGKILL) do not say what became of the
     * user's files or what to do next.
     * {@code report} is the JVM's crash report, when it wrote one.
     */
    static Optional<String> endNote(int status, Optional<Path> report) {
        String files = "No file was left half-written: files are written to a temporary file and then moved "
                + "into place.";
        if (ChildJvm.diedOfFatalError(status)) {
            return Optional.of("error: the command stopped on a fatal error in native code (exit status " + status
                    + (report.isPresent() ? "; the JVM's report: " + report.get() : "") + "). " + files
                    + " Run the command again: such crashes inside ND4J 1.0.0-M2.1 are rare, and the ones seen while "
                    + "a network trained did not repeat.");
        }
        if (status == 128 + 9) {
            return Optional.of("error: the command was killed (SIGKILL: by a user, or by the system when memory ran "
                    + "out). " + files);
        }
        return Optional.empty();
    }

    /** Where a JVM of this id put its crash report: the folder it ran in, else the temporary folder. */
    static Optional<Path> crashReport(long pid) {
        String name = "hs_err_pid" + pid + ".log";
        return Stream.of(Path.of(name).toAbsolutePath(), Path.of(System.getProperty("java.io.tmpdir"), name))
                .filter(Files::isRegularFile).findFirst();
    }
}
