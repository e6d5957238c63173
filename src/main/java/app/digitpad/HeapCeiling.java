package app.digitpad;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
            return Optional.of(ChildJvm.run(command.get()));
        } catch (java.io.IOException e) {
            System.err.println("note: could not start the command with a heap ceiling (" + e.getMessage()
                    + "); running it here");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
