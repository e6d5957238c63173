package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ND4J arrays nobody closes are collected once the process passes the ceiling, not at a quarter of the machine. */
class MemoryWatchTest {

    private static final long MB = 1L << 20;

    @Test
    void theCeilingComesFromThePropertyElse768Mb() {
        String before = System.getProperty(MemoryWatch.CEILING_PROPERTY);
        try {
            System.setProperty(MemoryWatch.CEILING_PROPERTY, "500");
            assertEquals(500 * MB, MemoryWatch.ceilingBytes());
            System.clearProperty(MemoryWatch.CEILING_PROPERTY);
            long standard = MemoryWatch.ceilingBytes();
            assertTrue(standard <= 768 * MB, standard / MB + " MB");
            System.setProperty(MemoryWatch.CEILING_PROPERTY, "lots");
            assertEquals(standard, MemoryWatch.ceilingBytes(), "a value that is no number is ignored");
        } finally {
            if (before == null) {
                System.clearProperty(MemoryWatch.CEILING_PROPERTY);
            } else {
                System.setProperty(MemoryWatch.CEILING_PROPERTY, before);
            }
        }
    }

    /** 1.5 GB of dropped arrays: without the watch the process grows by all of it before the heap notices. */
    @Test
    void droppedNativeArraysAreCollectedNearTheCeiling() throws Exception {
        Process child = ChildJvm.start(MemoryWatchProbe.class, List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
                "-D" + MemoryWatch.CEILING_PROPERTY + "=500"));
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        long peak = Long.parseLong(output.lines().filter(l -> l.startsWith("peak ")).findFirst()
                .orElseThrow(() -> new AssertionError(output)).substring(5).trim());
        assertTrue(peak < 800 * MB, "peak resident " + peak / MB + " MB with a 500 MB ceiling:\n" + output);
    }
}
