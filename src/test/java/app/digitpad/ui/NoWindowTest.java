package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a user reads when the window cannot open: what is missing, what to do, and that the commands still work. */
class NoWindowTest {

    @Test
    void withoutADisplayVariableItSaysSoAndHowToGetOne() {
        String message = NoWindow.message(NoWindow.NO_DISPLAY, Optional.empty());
        assertEquals("error: the DigitPad window cannot open: no X display: the DISPLAY variable is not set (over SSH,"
                + " connect with ssh -X, or run it in a desktop session). " + NoWindow.COMMANDS, message);
        assertEquals(message, NoWindow.message(NoWindow.NO_DISPLAY, Optional.of(" ")), "a blank DISPLAY is none");
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamed() {
        String message = NoWindow.message(NoWindow.NO_DISPLAY, Optional.of(":77"));
        assertTrue(message.contains("no X display answered at DISPLAY=:77"), message);
        assertTrue(message.endsWith(NoWindow.COMMANDS), message);
    }

    @Test
    void withoutGtkItNamesThePackageToInstall() {
        String message = NoWindow.message(NoWindow.NO_GTK, Optional.of(":0"));
        assertTrue(message.contains("no GTK 3 library") && message.contains("sudo apt install libgtk-3-0"), message);
        assertTrue(message.endsWith(NoWindow.COMMANDS), message);
    }

    @Test
    void anyOtherReasonIsPassedOnInItsOwnWords() {
        assertEquals("error: the DigitPad window cannot open: the JavaFX toolkit could not start (Unable to open"
                + " the framebuffer). " + NoWindow.COMMANDS, NoWindow.message("Unable to open the framebuffer",
                Optional.of(":0")));
        assertTrue(NoWindow.message(null, Optional.empty()).contains("(it gave no reason)"));
    }
}
