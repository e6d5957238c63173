package app.digitpad.ui.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.HandDigits;
import app.digitpad.testing.WindowTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Number mode in the real window: the robot writes numbers on the wide pad; undo and clear as on the digit pad. */
class NumberModeTest extends WindowTest {

    @Test
    void writes2026And31UndoesAndClears(FxRobot robot) throws Exception {
        assertFalse(shown(robot.lookup("#number-canvas").query()), "digit mode is the default");
        assertTrue(shown(robot.lookup("#pad-canvas").query()));
        robot.clickOn("#number-mode");
        assertTrue(shown(robot.lookup("#number-canvas").query()));
        assertFalse(shown(robot.lookup("#pad-canvas").query()));
        write(robot, "2026");
        awaitNumber("2026", 4);
        assertEquals("2026", robot.lookup("#number-answer").queryLabeled().getText());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region tallest = robot.lookup("#number-probabilities .chart-bar").queryAll().stream()
                .map(n -> (javafx.scene.layout.Region) n)
                .max(java.util.Comparator.comparingDouble(javafx.scene.layout.Region::getHeight)).orElseThrow();
        javafx.scene.paint.Paint bar = tallest.getBackground().getFills().get(0).getFill();
        assertTrue(bar instanceof javafx.scene.paint.Color c && c.getBlue() > c.getRed(),
                "the answer's bar is the accent blue of the digit pad's, not a chart default: " + bar);

        robot.clickOn("#number-undo");
        awaitNumber("202", 3);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.number().strokes().isEmpty()
                && gui.number().readingProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Write a number", robot.lookup("#number-answer").queryLabeled().getText());

        write(robot, "31");
        awaitNumber("31", 2);
        assertTrue(gui.draw().strokes().isEmpty(), "the digit pad is left alone");
        robot.clickOn("#number-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.number().readingProperty().get() == null);
    }

    @Test
    void saveAndLoadWorkOnThePadInFrontAndAnImageInNumberModeIsReadAsANumber(FxRobot robot) throws Exception {
        robot.clickOn("#number-mode");
        write(robot, "31");
        awaitNumber("31", 2);
        app.digitpad.ui.draw.DrawPage page = WaitForAsyncUtils.asyncFx(
                () -> (app.digitpad.ui.draw.DrawPage) gui.view().current()).get();
        java.awt.image.BufferedImage number = WaitForAsyncUtils.asyncFx(page::picture).get();
        assertEquals(NumberModel.WIDTH, number.getWidth(), "in number mode Save writes the number pad");
        assertEquals(NumberModel.HEIGHT, number.getHeight());
        java.nio.file.Path png = userFolder.resolve("number.png");
        app.digitpad.preprocess.ImageFiles.writePng(number, png);

        robot.clickOn("#number-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gui.number().readingProperty().get() == null).get());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".draw-view").queryAs(app.digitpad.ui.draw.DrawView.class)
                .loadImage(png, page::loadImage)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gui.number().upToDateProperty().get() && gui.number().readingProperty().get() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("31", robot.lookup("#number-answer").queryLabeled().getText(),
                "the saved number, loaded in number mode, reads as it was written");
        assertTrue(shown(robot.lookup("#number-canvas").query()), "and is shown on the number pad");
        assertEquals(null, gui.draw().backgroundProperty().get(), "the digit pad is left alone");
        assertEquals(NumberModel.WIDTH, WaitForAsyncUtils.asyncFx(page::picture).get().getWidth());

        robot.clickOn("#number-mode");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".draw-view").queryAs(app.digitpad.ui.draw.DrawView.class)
                .loadImage(png, page::loadImage)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gui.draw().backgroundProperty().get() != null && gui.draw().upToDateProperty().get()).get());
        assertEquals(NumberModel.WIDTH, WaitForAsyncUtils.asyncFx(page::picture).get().getWidth(),
                "in digit mode the digit pad is loaded, and saves the image as it judges it");
    }

    private void awaitNumber(String text, int strokes) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> gui.number().strokes().size() == strokes
                && gui.number().upToDateProperty().get() && gui.number().readingProperty().get() != null
                && gui.number().readingProperty().get().number().equals(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String text) {
        Canvas canvas = robot.lookup("#number-canvas").queryAs(Canvas.class);
        double k = canvas.getWidth() / NumberModel.WIDTH;
        for (List<double[]> stroke : HandDigits.layout(text, 60, 50, 180, 110, 180)) {
            robot.moveTo(screen(canvas, stroke.get(0), k)).press(MouseButton.PRIMARY);
            for (double[] p : stroke) {
                robot.moveTo(screen(canvas, p, k));
            }
            robot.release(MouseButton.PRIMARY);
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Point2D screen(Canvas canvas, double[] p, double k) {
        return canvas.localToScreen(p[0] * k, p[1] * k);
    }
}
