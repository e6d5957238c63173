package app.digitpad;

import app.digitpad.cli.Cli;
import app.digitpad.model.Backend;
import app.digitpad.ui.DigitPadApp;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The jar's entry point: no arguments open the GUI, a command runs the CLI. Not a JavaFX
 * {@code Application}, so the shaded jar starts without JavaFX's module check; it also fixes the native
 * backend before any ND4J class loads. For the GUI, ND4J's native start (about a second) runs on its own
 * thread while JavaFX starts, instead of before it. The commands that train helper networks run in a JVM
 * with a heap ceiling ({@link HeapCeiling}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Thread nativeStart = new Thread(Backend::configure, "nd4j-start");
            nativeStart.setDaemon(true);
            nativeStart.start();
            DigitPadApp.launchApp(args);
            return;
        }
        Optional<Integer> underCeiling = HeapCeiling.runUnderCeiling(args);
        if (underCeiling.isPresent()) {
            System.exit(underCeiling.get());
        }
        Backend.configure();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Cli.run(Cli.services(out, err), args));
    }
}
