package app.digitpad.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.explain.Explanation;
import app.digitpad.explain.FeatureMaps;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Window;
import app.digitpad.testing.WindowTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Explain tab in the real window: a drawn 1 explained when the tab is shown, nothing computed while it is not. */
class ExplainViewTest extends WindowTest {

    private static final int SIDE = DigitNormalizer.SIDE;

    @Test
    void aDrawnOneIsExplainedWhenTheTabIsShownAndNotOtherwise(FxRobot robot) throws Exception {
        stroke(robot, 140, 40, 140, 240);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 1
                && gui.draw().upToDateProperty().get());
        assertEquals(1, gui.draw().predictionProperty().get().digit());
        assertEquals(null, gui.explain().explanationProperty().get(), "tab not shown: nothing computed");

        robot.clickOn("Explain");
        float[] input = gui.draw().networkInputProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.explain().explanationProperty().get() != null
                && gui.explain().explanationProperty().get().input() == input);
        WaitForAsyncUtils.waitForFxEvents();
        Explanation e = gui.explain().explanationProperty().get();
        assertEquals(1, e.saliencyDigit());
        int channels = e.featureMaps().stream().mapToInt(FeatureMaps::channels).sum();
        assertTrue(e.featureMaps().size() >= 2 && channels >= 64, "every convolution layer: " + channels);
        assertEquals(channels, robot.lookup(".feature-map").queryAll().size(), "one tile per channel");
        int hottest = 0;
        for (int i = 1; i < e.saliency().length; i++) {
            hottest = e.saliency()[i] > e.saliency()[hottest] ? i : hottest;
        }
        assertTrue(inkNear(e.input(), hottest), "the strongest evidence lies on the stroke");

        robot.clickOn("Draw");
        stroke(robot, 100, 60, 180, 60);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 2
                && gui.draw().upToDateProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(e, gui.explain().explanationProperty().get(), "the tab not shown: the new drawing is not explained");
    }

    private static boolean inkNear(float[] input, int index) {
        int x = index % SIDE;
        int y = index / SIDE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < SIDE && ny < SIDE && input[ny * SIDE + nx] > 0.1f) {
                    return true;
                }
            }
        }
        return false;
    }

    private void stroke(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.moveTo(Window.pad(robot, x0, y0)).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 10; i++) {
            robot.moveTo(Window.pad(robot, x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10));
        }
        robot.release(MouseButton.PRIMARY);
    }
}
