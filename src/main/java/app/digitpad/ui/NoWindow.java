package app.digitpad.ui;

import java.util.Optional;

/**
 * What a user hears when the window cannot open at all: JavaFX's own answer is a stack trace ("Unable to open
 * DISPLAY" over SSH, "Unable to load glass GTK library" on a machine without GTK 3), which says neither what to do
 * nor that every command still works. Plain Java, so it is tested without a toolkit; any thread.
 */
public final class NoWindow {

    /** The toolkit's words when there is no X display to open. */
    static final String NO_DISPLAY = "Unable to open DISPLAY";
    /** The toolkit's words when GTK 3 is not installed. */
    static final String NO_GTK = "Unable to load glass GTK library";
    /** What still works, said last in every message. */
    static final String COMMANDS = "The commands need no window: run the app with --help to list them.";

    private NoWindow() {
    }

    /**
     * The message for a window that could not open because the toolkit said {@code toolkitSays}, with the
     * {@code DISPLAY} variable as the process has it (empty when unset).
     */
    public static String message(String toolkitSays, Optional<String> display) {
        String said = toolkitSays == null ? "" : toolkitSays;
        String why;
        if (said.contains(NO_DISPLAY)) {
            why = display.filter(d -> !d.isBlank())
                    .map(d -> "no X display answered at DISPLAY=" + d + " (is the desktop session still running?)")
                    .orElse("no X display: the DISPLAY variable is not set (over SSH, connect with ssh -X, or run it"
                            + " in a desktop session)");
        } else if (said.contains(NO_GTK)) {
            why = "JavaFX found no GTK 3 library on this machine (on Debian or Ubuntu: sudo apt install libgtk-3-0)";
        } else {
            why = "the JavaFX toolkit could not start (" + (said.isBlank() ? "it gave no reason" : said) + ")";
        }
        return "error: the DigitPad window cannot open: " + why + ". " + COMMANDS;
    }
}
