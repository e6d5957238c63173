package app.digitpad.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Backend;
import app.digitpad.testing.WindowTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ About in the real window: the report appears off the FX thread and copies to the clipboard. */
class AboutViewTest extends WindowTest {

    @Test
    void helpAboutShowsNativesAndPathsAndCopiesThem(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menu-about");
        TextArea text = robot.lookup("#about-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text.getText().equals(AboutModel.COLLECTING));
        String report = text.getText();
        assertTrue(report.startsWith("DigitPad "), report);
        assertTrue(report.contains("Natives in use: " + Backend.nativeInfo().summary()), report);
        assertTrue(report.contains("Training runs: " + userFolder.resolve("runs").toAbsolutePath()), report);
        assertTrue(report.contains("MNIST: " + app.digitpad.testing.TestData.mnistDir().toAbsolutePath()),
                "the folder the Train tab uses, not the default place: " + report);
        robot.clickOn("#about-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(report, copied);

        robot.clickOn("Help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#about-dialog").queryAll().size(), "a second Help > About shows the same dialog");
    }
}
