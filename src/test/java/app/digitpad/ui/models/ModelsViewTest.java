package app.digitpad.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.testing.Models;
import app.digitpad.testing.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Models tab lists what was written while it was away, and keeps the row the user picked. */
class ModelsViewTest extends WindowTest {

    private boolean listed(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> gui.models().rows().stream()
                .anyMatch(r -> r.file().getFileName().toString().equals(name))).get();
    }

    private String picked(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((ModelsModel.Row) table.getSelectionModel().getSelectedItem())
                .file().getFileName().toString()).get();
    }

    @Test
    void aCheckpointWrittenWhileTheTabWasAwayIsListedWhenItIsShownAndThePickedRowStays(FxRobot robot)
            throws Exception {
        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed("tutorial.zip"));
        TableView<?> table = robot.lookup("#models-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(gui.models().rows().stream()
                .map(r -> r.file().getFileName().toString()).toList().indexOf("tutorial.zip")));
        robot.clickOn("Draw");

        Path run = Files.createDirectories(RunFolder.ofUser(userFolder).resolve("20261204-000000-tutorial"));
        Path written = run.resolve("tutorial-epoch-001.zip");
        Files.copy(Models.bundled("tutorial.zip"), written);
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled("tutorial.zip")), CheckpointFiles.sidecarOf(written));
        assertEquals(false, listed("tutorial-epoch-001.zip"), "not read while the tab was away");

        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed("tutorial-epoch-001.zip"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tutorial.zip", picked(table), "the row picked before is picked again");
    }
}
