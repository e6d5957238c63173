package app.digitpad.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.Models;
import app.digitpad.testing.Window;
import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import app.digitpad.ui.models.ModelsModel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
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

/** Two models side by side through the real window: the pad's two sets of bars, and where they disagree. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    @TempDir
    static Path userFolder;

    private Gui gui;

    @Start
    void start(Stage stage) {
        gui = Window.open(stage, userFolder, new Theme());
    }

    @BeforeEach
    void awaitModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().activeProperty().get() != null
                && gui.models().rows().size() >= 2);
    }

    @AfterEach
    void close() {
        gui.close();
    }

    /**
     * MNIST with only its first 2,000 test digits (16 only the bundled model reads right, 5 only the tutorial's):
     * the comparison over the whole test split is the same code on a fifth of the passes.
     */
    private static Path firstTestDigits() throws Exception {
        Path dir = userFolder.resolve("mnist-2000");
        return java.nio.file.Files.exists(dir) ? dir : app.digitpad.testing.TestData.withFirstTestDigits(dir, 2_000);
    }

    @Test
    void theTutorialModelReadsBesideTheDefaultAndTheirDisagreementsAreListed(FxRobot robot) throws Exception {
        Path mnist = firstTestDigits();
        robot.interact(() -> gui.train().form().dataFolderProperty().set(mnist));
        robot.clickOn("Models");
        TableView<?> table = robot.lookup("#models-table").queryAs(TableView.class);
        int tutorial = gui.models().rows().stream().map(ModelsModel.Row::file).map(p -> p.getFileName().toString())
                .toList().indexOf("tutorial.zip");
        robot.interact(() -> table.getSelectionModel().select(tutorial));
        robot.clickOn("#compare-model");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().comparison().activeProperty().get() != null);
        assertEquals("bncnn.zip", gui.app().activeProperty().get().fileName(), "the drawing model stays");

        robot.clickOn("Draw");
        robot.moveTo(Window.pad(robot, 140, 40)).press(MouseButton.PRIMARY).moveTo(Window.pad(robot, 140, 240))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 1
                && gui.draw().upToDateProperty().get() && gui.draw().comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = robot.lookup("#compare-verdict").queryLabeled().getText();
        int says = gui.draw().comparisonProperty().get().digit();
        assertTrue(verdict.startsWith(gui.draw().disagree() ? "They disagree: " : "They agree: "), verdict);
        assertTrue(verdict.contains("tutorial.zip says " + says + " ("), verdict);
        assertEquals(Set.of(fills(robot, ".bar-legend-symbol.series0")), Set.of(fills(robot, ".chart-bar.series0")),
                "every bar of the drawing model, its likeliest too, has its legend symbol's colour");
        assertEquals(Set.of(fills(robot, ".bar-legend-symbol.series1")), Set.of(fills(robot, ".chart-bar.series1")));
        assertNotEquals(Set.of(fills(robot, ".bar-legend-symbol.series0")),
                Set.of(fills(robot, ".bar-legend-symbol.series1")));

        robot.clickOn("Compare");
        robot.clickOn("#find-disagreements");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> gui.compare().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        CompareModel.Result r = gui.compare().resultProperty().get();
        assertEquals(2_000, r.onMnist().count());
        assertTrue(r.onMnist().onlyFirst().size() > 0 && r.onMnist().onlySecond().size() > 0, r.onMnist().toString());
        assertTrue(robot.lookup(".disagreement").queryAll().size() > 0, "the cases are shown as thumbnails");
        robot.clickOn(".disagreement");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().backgroundProperty().get() != null);
        assertEquals(0, gui.view().tabs().getSelectionModel().getSelectedIndex(), "a case is put on the pad");

        robot.clickOn("#stop-compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.app().comparison().activeProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(gui.compare().resultProperty().get(), "an earlier pair's disagreements do not stay");
        assertEquals(0, robot.lookup(".disagreement").queryAll().size());
    }

    @Test
    void withoutMnistTheTabOffersToGetItAndThenFindsTheDisagreements(FxRobot robot) throws Exception {
        Path empty = java.nio.file.Files.createDirectories(userFolder.resolve("no-mnist-here"));
        robot.interact(() -> gui.train().form().dataFolderProperty().set(empty));
        ModelsModel.Row tutorial = gui.models().rows().stream()
                .filter(r -> r.file().getFileName().toString().equals("tutorial.zip")).findFirst().orElseThrow();
        robot.interact(() -> gui.models().compare(tutorial));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().comparison().activeProperty().get() != null);
        robot.clickOn("Compare");
        robot.clickOn("#find-disagreements");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.compare().needsMnistProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compare-needs-mnist").query().isVisible(), "the offer is on the tab");
        assertTrue(robot.lookup("#compare-download-mnist").query().isVisible());

        Path mnist = firstTestDigits();
        robot.interact(() -> gui.compare().chooseMnistThenFind(mnist));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> gui.compare().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2_000, gui.compare().resultProperty().get().onMnist().count());
        assertTrue(!robot.lookup("#compare-needs-mnist").query().isVisible(), "the offer goes once MNIST is there");
        assertEquals(mnist, gui.train().form().dataFolderProperty().get(),
                "the folder chosen is the Train tab's too");
    }

    /** The colours the pad's bar chart paints the nodes of this selector in (legend symbols count as bars). */
    private static Object[] fills(FxRobot robot, String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#probabilities " + selector).queryAll().stream()
                .map(n -> ((javafx.scene.layout.Region) n).getBackground().getFills().get(0).getFill())
                .distinct().toArray()).get();
    }
}
