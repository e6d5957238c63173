package app.digitpad.ui.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's first click on Teach, before any digit of theirs is saved (the folder of the set does not exist
 * yet): advice on how to save some, not "Fine-tune failed: ... not a folder" in an error dialog.
 */
class TeachWithNoDigitsTest extends WindowTest {

    @Test
    void teachingWithNoDigitsYetSaysHowToSaveSomeAndStartsNothing(FxRobot robot) throws Exception {
        Path set = gui.personal().set().folder();
        assertFalse(Files.exists(set), "a new user has no set yet: " + set);
        robot.clickOn("My digits");
        robot.clickOn("#fine-tune");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#fine-tune-status").queryLabeled().getText()).get().equals(FineTuneModel.NOTHING_TO_TEACH));
        assertEquals(FineTuneModel.State.IDLE, gui.fineTune().stateProperty().get(), "nothing was started");
        assertTrue(robot.lookup("#error-dialog").tryQuery().isEmpty(), "advice, not an error");
        assertFalse(robot.lookup("#fine-tune-charts").query().isVisible(), "no charts of a run that never began");
        assertFalse(Files.exists(set), "and nothing was made on disk");
        assertTrue(robot.lookup("#personal-counts").queryLabeled().getText()
                .endsWith("0 digits, 0 read wrong by the drawing model"));

        robot.clickOn("Draw");
        WaitForAsyncUtils.asyncFx(() -> {
            gui.draw().beginStroke(140, 40);
            gui.draw().extendStroke(140, 240);
            gui.draw().endStroke();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                gui.draw().upToDateProperty().get() && gui.draw().verdictProperty().get() != null).get());
        robot.clickOn("#label-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#personal-counts").queryLabeled().getText()).get()
                .endsWith("1 digit, 0 read wrong by the drawing model"));
    }
}
