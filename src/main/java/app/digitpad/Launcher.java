package app.digitpad;

import app.digitpad.cli.Cli;
import app.digitpad.model.Backend;
import app.digitpad.ui.DigitPadApp;
import java.io.PrintWriter;

/**
 * The jar's entry point: no arguments open the GUI, a command runs the CLI. Not a JavaFX
 * {@code Application}, so the shaded jar starts without JavaFX's module check; it also fixes the native
 * backend before any ND4J class loads.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Backend.configure();
        if (args.length == 0) {
            DigitPadApp.launchApp(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Cli.run(Cli.services(out, err), args));
    }
}
