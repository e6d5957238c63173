package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.Launcher;
import app.digitpad.testing.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+C on a real {@code digitpad train}, {@code segments} or {@code gate} process (the jar's entry point on this test's
 * class path): the run stops between steps, says so, and leaves no partial checkpoint or temp file.
 */
class InterruptTest {

    /** The heap the interrupted runs get: their own, so that none is restarted under the heap ceiling. */
    private static final java.util.List<String> TWO_GB = java.util.List.of("-Xmx2g");

    @TempDir
    Path tmp;

    @Test
    void ctrlCDuringTheFirstEpochAlwaysSaysWhatHappened() throws Exception {
        Path out = tmp.resolve("run");
        Path stderr = tmp.resolve("stderr.txt");
        Process train = start(TWO_GB, tmp.resolve("stdout.txt"), stderr, "train", "--epochs", "1", "--limit", "30000",
                "--data", TestData.mnistDir().toString(), "--out", out.toString());
        interruptOnceShown(train, stderr, "Epoch 1/1", 60);
        String err = read(stderr);
        assertTrue(err.contains("Stopped after epoch 0; no partial checkpoint was written."), err);
        assertEquals(130, train.exitValue());
        assertFalse(Files.exists(out), "no checkpoint, no temp file, and the folder the run made is gone");
    }

    @Test
    void ctrlCWhileTheSegmentJudgeTrainsWritesNothing() throws Exception {
        Path out = tmp.resolve("touching-digits.judge");
        Path stderr = tmp.resolve("stderr.txt");
        Process segments = start(TWO_GB, tmp.resolve("stdout.txt"), stderr, "segments", "--numbers", "800",
                "--epochs", "2", "--data", TestData.mnistDir().toString(), "--out", out.toString());
        interruptOnceShown(segments, stderr, "Epoch 1/2", 60);
        String err = read(stderr);
        assertTrue(err.contains("Stopped; nothing was written to " + out), err);
        assertEquals(130, segments.exitValue());
        assertFalse(Files.exists(out));
    }

    /**
     * Ctrl+C while the gate's examples are prepared (over two minutes here), before the first step: the run stops
     * there and says so, instead of the stop waiting a minute for a step and then ending the process without a word.
     */
    @Test
    void ctrlCWhileTheExamplesArePreparedSaysSoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("prepared.gate");
        Path stdout = tmp.resolve("stdout3.txt");
        Path stderr = tmp.resolve("stderr3.txt");
        Process gate = start(TWO_GB, stdout, stderr, "gate", "--data", TestData.mnistDir().toString(),
                "--out", out.toString());
        interruptOnceShown(gate, stdout, "Preparing the examples", 90);
        String err = read(stderr);
        assertTrue(err.contains("Stopped; nothing was written to " + out), err);
        assertFalse(err.contains("Epoch 1/"), "stopped before the first epoch: " + err);
        assertEquals(130, gate.exitValue());
        assertFalse(Files.exists(out));
    }

    /**
     * Without a heap option of its own, {@code segments} runs in a second JVM with a heap ceiling (where the
     * default heap is over 1 GB); stopping the process the user started stops that one too, cleanly.
     */
    @Test
    void stoppingTheCommandStopsTheJvmItRestartedUnderTheHeapCeiling() throws Exception {
        Path out = tmp.resolve("judge2.judge");
        Path stderr = tmp.resolve("stderr2.txt");
        Process segments = start(java.util.List.of(), tmp.resolve("stdout2.txt"), stderr, "segments", "--numbers", "800",
                "--epochs", "2", "--data", TestData.mnistDir().toString(), "--out", out.toString());
        java.util.List<ProcessHandle> restarted = java.util.List.of();
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> read(stderr).contains("Epoch 1/2"));
            restarted = segments.descendants().toList();
            long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getTotalMemorySize();
            assertTrue(memory < 5L << 30 || !restarted.isEmpty(), "a default heap over 1 GB restarts the command");
            new ProcessBuilder("kill", "-INT", Long.toString(segments.pid())).start().waitFor();
            assertTrue(segments.waitFor(60, TimeUnit.SECONDS), "the process ends after Ctrl+C");
            for (ProcessHandle jvm : restarted) {
                assertTrue(jvm.onExit().get(30, TimeUnit.SECONDS) != null && !jvm.isAlive(), "the restarted JVM ends too");
            }
        } finally {
            restarted.forEach(ProcessHandle::destroyForcibly);
            segments.destroyForcibly();
        }
        String err = read(stderr);
        assertTrue(err.contains("Stopped; nothing was written to " + out), err);
        assertEquals(130, segments.exitValue());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunThatNeverReachesACheckIsEndedWithAWordNotInSilence() {
        AtomicBoolean stop = new AtomicBoolean();
        StringWriter said = new StringWriter();
        boolean reported = TrainCommand.awaitStop(stop, new CountDownLatch(1), 0,
                new PrintWriter(said));
        assertFalse(reported);
        assertTrue(stop.get(), "the run was asked to stop");
        assertTrue(said.toString().contains("did not reach a point where it can stop within 0 s"), said.toString());

        CountDownLatch done = new CountDownLatch(1);
        done.countDown();
        StringWriter quiet = new StringWriter();
        assertTrue(TrainCommand.awaitStop(new AtomicBoolean(), done, 0,
                new PrintWriter(quiet)));
        assertEquals("", quiet.toString(), "a run that reported says nothing more");
    }

    /** The jar's entry point in a new JVM with these options and {@code args}, its streams into the two files. */
    private static Process start(java.util.List<String> jvmOptions, Path stdout, Path stderr, String... args)
            throws IOException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();
    }

    /** Ctrl+C (SIGINT) once {@code watched} shows {@code text}; asserts the process then ends within the time. */
    private static void interruptOnceShown(Process process, Path watched, String text, int endSeconds)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> read(watched).contains(text));
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(endSeconds, TimeUnit.SECONDS), "the process ends after Ctrl+C");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
