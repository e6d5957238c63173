package app.digitpad;

import app.digitpad.cli.Cli;
import app.digitpad.model.Backend;
import app.digitpad.ui.DigitPadApp;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The jar's entry point: no arguments open the GUI, a command runs the CLI. Not a JavaFX
 * {@code Application}, so the shaded jar starts without JavaFX's module check; it also fixes the native
 * backend before any ND4J class loads (the window starts ND4J itself, once its first frame is painted). The commands that train helper networks run in a JVM
 * with a heap ceiling ({@link HeapCeiling}), the window from a class-data-sharing archive ({@link ClassDataSharing}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Optional<Integer> fromArchive = ClassDataSharing.runWindow();
            if (fromArchive.isPresent()) {
                System.exit(fromArchive.get());
            }
            int status = DigitPadApp.launchApp(args);
            if (status != 0) {
                System.exit(status);
            }
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
