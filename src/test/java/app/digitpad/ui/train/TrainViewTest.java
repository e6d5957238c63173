package app.digitpad.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.testing.Models;
import app.digitpad.testing.Window;
import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import app.digitpad.ui.shared.TrainCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ProgressBar;
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

/** The Training tab driven through the real window on real MNIST subsets. */
@ExtendWith(ApplicationExtension.class)
class TrainViewTest {

    @TempDir
    static Path userFolder;

    private Gui gui;

    @Start
    void start(Stage stage) {
        gui = Window.open(stage, userFolder, new Theme());
        gui.view().tabs().getSelectionModel().select(1);
    }

    @BeforeEach
    void awaitModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().activeProperty().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> gui.train().stop()).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !gui.train().isActive());
        gui.close();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn("#" + id + "-field");
        robot.interact(() -> robot.lookup("#" + id + "-field").queryTextInputControl().setText(""));
        robot.clickOn("#" + id + "-field").write(text);
    }

    private void awaitState(TrainModel.State state, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> gui.train().stateProperty().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void missingMnistSaysWhichButtonsFixIt(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(userFolder.resolve("no-mnist"));
        robot.interact(() -> gui.train().form().dataFolderProperty().set(empty));
        type(robot, "epochs", "1");
        robot.clickOn("#start");
        awaitState(TrainModel.State.FAILED, 30);
        String last = gui.train().log().get(gui.train().log().size() - 1);
        assertTrue(last.startsWith("Failed: MNIST file ") && last.contains(empty.toAbsolutePath().toString()), last);
        assertTrue(last.endsWith("Click Download MNIST to fetch it, or Choose… to pick a folder that has it (both on the Train tab)."), last);
        assertFalse(last.contains("--data") || last.contains("digitpad data download"), last);
        // The epoch bar showed the run busy loading MNIST; a failed run leaves both bars at rest.
        ProgressBar epoch = robot.lookup("#epoch-progress").queryAs(ProgressBar.class);
        assertFalse(epoch.isIndeterminate(), "the epoch bar still moves after the run failed");
        assertEquals(0, epoch.getProgress());
        assertEquals(0, robot.lookup("#run-progress").queryAs(ProgressBar.class).getProgress());
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
    }

    @Test
    void beforeARunTheChartsShowItsEpochsAndAccuracyFromZeroToOne(FxRobot robot) {
        type(robot, "epochs", "12");
        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        LineChart<?, ?> accuracy = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
        for (LineChart<?, ?> chart : List.of(loss, accuracy)) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            assertEquals(0, x.getLowerBound());
            assertEquals(12 * (1 + TrainCharts.RIGHT_MARGIN), x.getUpperBound(), 1e-9,
                    "the last epoch and a little room, so its point is drawn whole");
            assertEquals(2, x.getTickUnit(), "whole epochs, about ten ticks");
            assertEquals("3", x.getTickLabelFormatter().toString(3.0));
            assertEquals("", x.getTickLabelFormatter().toString(2.5), "no fractional epoch labels");
        }
        NumberAxis y = (NumberAxis) accuracy.getYAxis();
        assertEquals(0, y.getLowerBound());
        assertEquals(1, y.getUpperBound());
        NumberAxis lossY = (NumberAxis) loss.getYAxis();
        assertEquals(0, lossY.getLowerBound());
        assertEquals(1, lossY.getUpperBound(), "not the 0-125 of an empty auto-ranged axis");
    }

    @Test
    void aBadLearningRateIsRefusedAtTheField(FxRobot robot) {
        type(robot, "lr", "abc");
        assertEquals("Learning rate must be a number, like 0.001", robot.lookup("#lr-error").queryLabeled().getText());
        assertTrue(robot.lookup("#start").queryAs(Button.class).isDisabled());
        type(robot, "lr", "-1");
        assertEquals("Learning rate must be greater than 0.0 and less than 10.0",
                robot.lookup("#lr-error").queryLabeled().getText());
        assertTrue(robot.lookup("#start").queryAs(Button.class).isDisabled());
        type(robot, "lr", "0.002");
        assertEquals("", robot.lookup("#lr-error").queryLabeled().getText());
        assertFalse(robot.lookup("#start").queryAs(Button.class).isDisabled());
    }

    @Test
    void choosingTheBatchNormCnnFillsInItsRecipeAndTheAugmentBoxCanBeCleared(FxRobot robot) {
        CheckBox augment = robot.lookup("#augment-field").queryAs(CheckBox.class);
        assertTrue(augment.isSelected(), "the tutorial's recipe augments");
        robot.clickOn("#augment-field");
        assertFalse(augment.isSelected());
        robot.interact(() -> robot.lookup("#arch-field").queryComboBox().getSelectionModel().select("bncnn"));
        assertTrue(augment.isSelected(), "choosing an architecture fills in its recipe");
        assertEquals("24", robot.lookup("#epochs-field").queryTextInputControl().getText());
        assertEquals("128", robot.lookup("#batch-field").queryTextInputControl().getText());
        assertEquals(Augmentation.standard(), gui.train().form().config().orElseThrow().augmentation());
        robot.clickOn("#augment-field");
        assertFalse(augment.isSelected());
        assertEquals(Augmentation.NONE, gui.train().form().config().orElseThrow().augmentation());
    }

    /** Fills the form for one epoch on the first 2,000 images, starts, and waits for the run to finish. */
    private void trainOneEpochOnTwoThousandImages(FxRobot robot) throws Exception {
        type(robot, "epochs", "1");
        type(robot, "limit", "2000");
        robot.clickOn("#start");
        awaitState(TrainModel.State.DONE, 120);
    }

    @Test
    void oneEpochOnTwoThousandImagesChartsCheckpointsAndDraws(FxRobot robot) throws Exception {
        trainOneEpochOnTwoThousandImages(robot);

        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        LineChart<?, ?> accuracy = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
        assertEquals(1, loss.getData().get(0).getData().size(), "train loss: one point");
        assertEquals(1, loss.getData().get(1).getData().size(), "test loss: one point");
        assertTrue(loss.getData().get(2).getData().size() > 10, "smoothed per-step loss moves during the epoch");
        assertEquals(1, accuracy.getData().get(0).getData().size());
        double tick = ((javafx.scene.chart.NumberAxis) accuracy.getYAxis()).getTickUnit();
        assertTrue(List.of(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1).stream().anyMatch(t -> Math.abs(t - tick) < 1e-9),
                "a readable accuracy tick, not " + tick);
        assertEquals(1, accuracy.getData().get(1).getData().size());

        robot.clickOn("Checkpoints");
        TableView<?> table = robot.lookup("#checkpoint-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        Path checkpoint = gui.train().checkpoints().get(0).file();
        assertTrue(Files.exists(checkpoint));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#use-for-drawing");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status-model").queryLabeled()
                .getText().contains(checkpoint.getFileName().toString()));
        assertEquals(10_000, gui.train().analysisProperty().get().count());

        robot.clickOn("Errors");
        javafx.scene.layout.GridPane confusion = robot.lookup("#confusion").queryAs(javafx.scene.layout.GridPane.class);
        javafx.scene.Node lastRow = confusion.getChildren().get(confusion.getChildren().size() - 1);
        javafx.scene.control.ScrollPane errors = robot.lookup("#errors").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> errors.setVvalue(errors.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds cell = lastRow.localToScene(lastRow.getLayoutBounds());
        assertTrue(cell.getMaxY() <= lastRow.getScene().getHeight(), "the matrix's last row can be scrolled to: " + cell);
        robot.interact(() -> errors.setVvalue(0));
        robot.clickOn(".mistake");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().backgroundProperty().get() != null
                && gui.draw().predictionProperty().get() != null);
        assertEquals(0, gui.view().tabs().getSelectionModel().getSelectedIndex(), "the pad shows the mistake");
    }

    @Test
    void aRunResumedFromACheckpointContinuesFromItsEpoch(FxRobot robot) throws Exception {
        Path first = userFolder.resolve("resume-from").resolve("tutorial.zip");
        Files.createDirectories(first.getParent());
        Files.copy(Models.bundled("tutorial.zip"), first);
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled("tutorial.zip")), CheckpointFiles.sidecarOf(first));
        int done = new CheckpointFiles().readSidecar(first).orElseThrow().epoch();

        robot.interact(() -> gui.train().resumeFromProperty().set(first));
        type(robot, "epochs", Integer.toString(done + 1));
        type(robot, "limit", "2000");
        robot.clickOn("#start");
        awaitState(TrainModel.State.DONE, 120);
        assertEquals(List.of(done + 1), gui.train().checkpoints().stream().map(TrainModel.CheckpointRow::epoch).toList());
        assertEquals(1, gui.train().progress().epochs().size(), "only the next epoch ran");
        assertEquals(done + 1, gui.train().progress().epochs().get(0).epoch());
    }

    @Test
    void stopInTheMiddleOfAnEpochLeavesNoCheckpoint(FxRobot robot) throws Exception {
        type(robot, "epochs", "1");
        // A third of MNIST: an epoch long enough to stop in, without normalizing all 60,000 digits first.
        type(robot, "limit", "20000");
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> gui.train().progress().epochFractionProperty().get() > 0.02);
        assertTrue(robot.lookup("#choose-data").queryButton().isDisabled(), "no other data during a run");
        robot.clickOn("#stop");
        awaitState(TrainModel.State.STOPPED, 60);
        Path run = gui.train().runFolderProperty().get();
        try (Stream<Path> files = Files.exists(run) ? Files.list(run) : Stream.empty()) {
            assertEquals(List.of(), files.toList(), "no checkpoint and no temp file in " + run);
        }
        assertTrue(gui.train().progress().epochFractionProperty().get() < 1);
        assertTrue(gui.train().progress().statusProperty().get().startsWith("Stopped after epoch 0"),
                "no ETA after the run: " + gui.train().progress().statusProperty().get());
        robot.clickOn("Errors");
        assertTrue(robot.lookup("#errors-empty").queryLabeled().getText().startsWith("This run was stopped"),
                "the Errors tab says why it is empty");
    }
}
