package app.digitpad;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The jar started again in a child JVM with options a jar cannot carry (a heap ceiling, a class-data-sharing
 * archive): the parent waits, passes the exit status on, and takes the child down with it; for a command that
 * promises JSON it also passes the child's standard output on, without a crash banner ({@link FatalBanner}). Main
 * thread, before anything else starts.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * This runtime's own {@code java} launcher. Not the command that started this process: in the installed
     * app that is jpackage's launcher, which would take JVM options for the app's arguments. Empty when the
     * runtime has none (a jlink image made without it): the caller then runs in place.
     */
    static Optional<String> java() {
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        Path java = Path.of(System.getProperty("java.home"), "bin", exe);
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }

    /**
     * The jar again: {@code java}, this JVM's own options, the {@code extra} ones, the class path, the
     * launcher and {@code args}, in that order.
     */
    static List<String> command(String java, List<String> jvmOptions, List<String> extra, String classPath,
                                List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(extra);
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(args);
        return command;
    }

    /** Whether a child's exit status is a JVM's death on a fatal error: abort, bus error, segmentation fault. */
    static boolean diedOfFatalError(int status) {
        return status == 128 + 6 || status == 128 + 7 || status == 128 + 11;
    }

    /** How a child ended: its process id (which names a JVM's crash report) and exit status. */
    record Ended(long pid, int status) {
    }

    /** Runs {@code command} with this process's standard streams; its exit status. */
    static int run(List<String> command) throws IOException, InterruptedException {
        return runToEnd(command).status();
    }

    /** Runs {@code command} with this process's standard streams; how it ended. */
    static Ended runToEnd(List<String> command) throws IOException, InterruptedException {
        return runToEnd(command, false, System.out, System.err);
    }

    /**
     * Runs {@code command} with this process's standard input; with {@code bannerToErr}, its standard output is
     * copied to {@code out} except a fatal error's banner, which goes to {@code err} with the child's standard error
     * ({@link FatalBanner}); otherwise it writes to this process's streams itself. How it ended, once its output
     * is all copied.
     */
    static Ended runToEnd(List<String> command, boolean bannerToErr, OutputStream out, OutputStream err)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (bannerToErr) {
            builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "digitpad-child"));
        Thread copier = null;
        if (bannerToErr) {
            copier = new Thread(() -> {
                try (InputStream from = child.getInputStream()) {
                    FatalBanner.copy(from, out, err);
                } catch (IOException e) {
                    new PrintStream(err, true).println("note: the command's output could not be passed on: "
                            + e.getMessage());
                }
            }, "digitpad-child-output");
            copier.start();
        }
        int status = child.waitFor();
        if (copier != null) {
            copier.join();
        }
        return new Ended(child.pid(), status);
    }

    /**
     * The parent is being stopped (Ctrl+C reaches both processes; a {@code kill} of the parent's id reaches only
     * it): ask the child to stop too (SIGTERM, which a command handles as Ctrl+C: it stops between steps and
     * writes nothing) and let it finish cleanly before the parent exits.
     */
    private static void stop(Process child) {
        try {
            child.destroy();
            child.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
