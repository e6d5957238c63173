package app.digitpad.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Run by {@link MemoryWatchTest} in a JVM of its own: makes 1.5 GB of native arrays and drops them
 * unclosed, as code outside {@link Forward} does, with almost nothing for the Java heap (so no collection
 * happens on its own), then prints the process's peak resident memory ("peak BYTES").
 */
public final class MemoryWatchProbe {

    private MemoryWatchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Backend.configure();
        for (int i = 0; i < 150; i++) {
            Nd4j.create(DataType.FLOAT, 2_500_000).addi(1);
            Thread.sleep(40);
        }
        System.out.println("peak " + ProcessMemory.read().peakResidentBytes());
    }
}
