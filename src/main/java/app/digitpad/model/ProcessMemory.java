package app.digitpad.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * What the process holds, as the operating system counts it: resident now and at its peak (Linux's
 * {@code /proc/self/status}), the Java heap, and the native bytes JavaCPP tracks for ND4J. The memory
 * goals are about the first two; the last two say where it went. Any thread.
 */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** One reading; resident figures are -1 where {@code /proc} is not there. */
    public record Reading(long residentBytes, long peakResidentBytes, long heapUsedBytes, long heapCommittedBytes,
                          long trackedNativeBytes) {
        public String describe() {
            return String.format(Locale.ROOT, "resident %.0f MB (peak %.0f MB), heap %.0f of %.0f MB, ND4J native %.0f MB",
                    residentBytes / 1e6, peakResidentBytes / 1e6, heapUsedBytes / 1e6, heapCommittedBytes / 1e6,
                    trackedNativeBytes / 1e6);
        }
    }

    public static Reading read() {
        Runtime rt = Runtime.getRuntime();
        return new Reading(statusKb("VmRSS:") * 1024, statusKb("VmHWM:") * 1024, rt.totalMemory() - rt.freeMemory(),
                rt.totalMemory(), Pointer.totalBytes());
    }

    /** A field of {@code /proc/self/status} in kB, or -1/1024 (rounded to -1 bytes) when absent. */
    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
