package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.settings.Settings;
import app.digitpad.settings.SettingsStore;
import app.digitpad.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second session finds the theme, brush, window size and drawing model the first one left; a folder that cannot keep
 * them is said.
 */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    @TempDir
    Path home;

    @Test
    void theNextWindowOpensAsTheLastOneWasLeft(FxRobot robot) throws Exception {
        Theme theme = new Theme();
        Stage[] first = new Stage[1];
        Gui gui = open(first, theme);
        assertEquals(Optional.empty(), remembered(gui, first[0], theme), "a first start remembers nothing");
        Path tutorial = Models.bundled("tutorial.zip");
        Path mnist = Files.createDirectories(home.resolve("my-mnist"));
        robot.interact(() -> {
            gui.train().form().dataFolderProperty().set(mnist);
            theme.darkProperty().set(true);
            gui.draw().brushProperty().set(9);
            first[0].setWidth(900);
            first[0].setHeight(620);
            gui.app().load(tutorial);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().activeProperty().get() != null
                && gui.app().activeProperty().get().checkpoint().file().equals(tutorial));
        robot.interact(first[0]::hide);
        gui.close();

        Settings saved = new SettingsStore(home.resolve("settings.json")).load();
        assertTrue(saved.dark());
        assertEquals(9.0, saved.brush());
        assertEquals(tutorial.toAbsolutePath().toString(), saved.model());
        assertEquals(900, saved.window().width());
        assertEquals(mnist.toAbsolutePath().toString(), saved.mnist());

        Settings look = WindowMemory.firstLook(home);
        Stage bare = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            WindowMemory.place(look, stage);
            return stage;
        }).get();
        assertTrue(look.dark(), "the first frame, painted before any page exists, is already dark");
        assertEquals(900, bare.getWidth());
        assertEquals(620, bare.getHeight());

        Theme again = new Theme();
        Stage[] second = new Stage[1];
        Gui next = open(second, again);
        assertEquals(Optional.of(tutorial.toAbsolutePath()), remembered(next, second[0], again));
        assertTrue(again.darkProperty().get());
        assertEquals(9.0, next.draw().brushProperty().get());
        assertEquals(mnist.toAbsolutePath(), next.train().form().dataFolderProperty().get());
        assertEquals(900, second[0].getWidth());
        assertEquals(620, second[0].getHeight());
        robot.interact(() -> {
            again.darkProperty().set(false);
            second[0].hide();
        });
        next.close();
    }

    @Test
    void aFolderThatCannotKeepAnythingIsSaidOnTheStatusLineForTheWholeSession(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("digitpad-home"), "a file the user made");
        Gui gui = open(new Stage[1], new Theme(), notAFolder);
        String said = "Nothing is kept between sessions: " + notAFolder + " is a file, not a folder (DIGITPAD_HOME or"
                + " ~/.digitpad)";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> gui.app().statusText()
                .get()).get().contains(said));
        assertEquals("a file the user made", Files.readString(notAFolder), "the file is left as it was");
        gui.close();
    }

    private Gui open(Stage[] stage, Theme theme) throws Exception {
        return open(stage, theme, home);
    }

    private Gui open(Stage[] stage, Theme theme, Path userFolder) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            Gui gui = new Gui(new ModelLibrary(Models.bundled().getParent()), userFolder, theme);
            stage[0].setScene(new Scene(gui.view(), 1180, 800));
            return gui;
        }).get();
    }

    private static Optional<Path> remembered(Gui gui, Stage stage, Theme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Optional<Path> last = gui.remember(stage, theme);
            stage.show();
            return last;
        }).get();
    }
}
