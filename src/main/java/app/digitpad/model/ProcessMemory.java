package app.digitpad.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the process holds, as the operating system counts it: resident now and at its peak (Linux's
 * {@code /proc/self/status}), and the Java heap beside it. The memory goals are about the first two; the
 * heap says how much of it is Java's (ND4J's arrays are outside it, and JavaCPP's own byte count does not
 * see them). Any thread.
 */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** One reading; resident figures are -1 where {@code /proc} is not there. */
    public record Reading(long residentBytes, long peakResidentBytes, long heapUsedBytes, long heapCommittedBytes) {
        public String describe() {
            return String.format(Locale.ROOT, "resident %.0f MB (peak %.0f MB), heap %.0f of %.0f MB",
                    residentBytes / 1e6, peakResidentBytes / 1e6, heapUsedBytes / 1e6, heapCommittedBytes / 1e6);
        }
    }

    public static Reading read() {
        Runtime rt = Runtime.getRuntime();
        return new Reading(statusKb("VmRSS:") * 1024, statusKb("VmHWM:") * 1024, rt.totalMemory() - rt.freeMemory(),
                rt.totalMemory());
    }

    /** A field of {@code /proc/self/status} in kB, or -1 when it cannot be read. */
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
