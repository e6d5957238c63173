package app.digitpad.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.testing.Models;
import app.digitpad.testing.Window;
import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Models tab lists what was written while it was away, and keeps the row the user picked. */
@ExtendWith(ApplicationExtension.class)
class ModelsViewTest {

    @TempDir
    static Path userFolder;

    private Gui gui;

    @Start
    void start(Stage stage) {
        gui = Window.open(stage, userFolder, new Theme());
    }

    @BeforeEach
    void awaitModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().activeProperty().get() != null);
    }

    @AfterEach
    void close() {
        gui.close();
    }

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
