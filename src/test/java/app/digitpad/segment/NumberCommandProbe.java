package app.digitpad.segment;

import app.digitpad.cli.Cli;
import app.digitpad.model.ProcessMemory;
import java.io.PrintWriter;

/**
 * Run by {@link LargeNumbersTest} in a JVM of its own, as a user runs the CLI: {@code predict --number --json}
 * on the files given, then the process's peak resident memory ("peak BYTES") from {@code /proc/self/status}.
 */
public final class NumberCommandProbe {

    private NumberCommandProbe() {
    }

    public static void main(String[] files) {
        PrintWriter out = new PrintWriter(System.out, true);
        String[] args = new String[files.length + 3];
        args[0] = "predict";
        args[1] = "--number";
        args[2] = "--json";
        System.arraycopy(files, 0, args, 3, files.length);
        int code = Cli.run(Cli.services(out, out), args);
        out.println("exit " + code);
        out.println("peak " + ProcessMemory.read().peakResidentBytes());
    }
}
