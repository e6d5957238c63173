package app.digitpad.ui.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import app.digitpad.testing.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's first steps in My digits: Teach before any digit of theirs is saved (the folder of the set does
 * not exist yet) gives advice on how to save some, not "Fine-tune failed: ... not a folder" in an error dialog;
 * then one digit saved from the pad, and a folder imported, each counted.
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

        Path folder = Files.createDirectories(userFolder.resolve("three-digits"));
        for (int i = 0; i < 3; i++) {
            Path png = TestData.writeDigitPng(folder, i, 28, 1, 0, 0);
            Files.move(png, folder.resolve(TestData.test().label(i) + "_" + i + ".png"));
        }
        WaitForAsyncUtils.asyncFx(() -> gui.personal().importFrom(folder)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#personal-counts").queryLabeled().getText()).get().contains("4 digits, "));
        assertEquals("Imported 3 digits from " + folder, gui.personal().noticeProperty().get(), "said with a count");
    }
}
