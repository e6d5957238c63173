package app.digitpad;

import app.digitpad.cli.Cli;
import app.digitpad.model.Backend;
import java.io.PrintWriter;

/**
 * The jar's entry point. Not a JavaFX {@code Application}, so the shaded jar starts without JavaFX's
 * module check; it also fixes the native backend before any ND4J class loads.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Backend.configure();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        String[] effective = args.length == 0 ? new String[] {"--help"} : args;
        System.exit(Cli.run(Cli.services(out, err), effective));
    }
}
