package app.digitpad.ui.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.explain.Explanation;
import app.digitpad.explain.FeatureMaps;
import app.digitpad.explain.NearestDigits;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Window;
import app.digitpad.testing.WindowTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Explain tab in the real window: a drawn 1 explained when the tab is shown, nothing computed while it is not. */
class ExplainViewTest extends WindowTest {

    private static final int SIDE = DigitNormalizer.SIDE;

    @Test
    void withNothingOnTheDigitPadTheTabSaysWhatItExplains(FxRobot robot) throws Exception {
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExplainModel.NOTHING_YET, robot.lookup("#explain-verdict").queryLabeled().getText());
        robot.clickOn("Draw");
        robot.clickOn("#number-mode");
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExplainModel.NO_NUMBER_YET, robot.lookup("#explain-verdict").queryLabeled().getText());
        assertTrue(!robot.lookup("#explain-digit-picker").query().isVisible(), "no number, no digits to pick");
        robot.clickOn("Draw");
        robot.clickOn("#number-mode");
    }

    @Test
    void withNumberModeOnTheNumbersWeakestDigitIsExplainedFirstAndEachOneWhenPicked(FxRobot robot) throws Exception {
        robot.clickOn("#number-mode");
        GrayImage written = app.digitpad.drawing.PadRaster.ink(420, 420, null, app.digitpad.testing.HandDigits.strokes(
                "31", 30, 110, 180, 110, 180, app.digitpad.drawing.Stroke.DEFAULT_WIDTH));
        WaitForAsyncUtils.asyncFx(() -> gui.number().loadImage(written)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> gui.number()
                .upToDateProperty().get() && gui.number().readingProperty().get() != null
                && gui.number().readingProperty().get().number().equals("31")).get());
        app.digitpad.segment.NumberReading read = WaitForAsyncUtils.asyncFx(() -> gui.number().readingProperty().get()).get();
        robot.clickOn("Explain");
        awaitExplained(read.digits().get(read.weakest()));
        assertEquals("3", robot.lookup("#explain-digit-0").queryLabeled().getText());
        assertEquals("1", robot.lookup("#explain-digit-1").queryLabeled().getText());
        assertTrue(robot.lookup("#explain-digit-" + read.weakest()).queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected(), "the least sure digit is explained first");

        int other = 1 - read.weakest();
        robot.clickOn("#explain-digit-" + other);
        awaitExplained(read.digits().get(other));
        assertEquals("31".charAt(other) - '0', gui.explain().explanationProperty().get().prediction().digit());
        assertTrue(robot.lookup("#explain-digit-" + other).queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#explain-title").queryLabeled().getText().contains("Digit " + (other + 1)
                + " of 2 of the number 31"), robot.lookup("#explain-title").queryLabeled().getText());
        assertEquals("The answer: " + read.digits().get(other).verdict().describe(),
                robot.lookup("#explain-verdict").queryLabeled().getText(), "the number reader's verdict on that digit");
        robot.clickOn("Draw");
        robot.clickOn("#number-clear");
        robot.clickOn("#number-mode");
    }

    /** Waits until the tab shows the explanation of this digit of the number (its own ink) and the FX thread is idle. */
    private void awaitExplained(app.digitpad.segment.DigitReading digit) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> gui.explain()
                .explanationProperty().get() != null && gui.explain().explanationProperty().get().source() == digit.ink()
                && gui.explain().verdictProperty().get() == digit.verdict()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDrawnOneIsExplainedWhenTheTabIsShownAndNotOtherwise(FxRobot robot) throws Exception {
        stroke(robot, 140, 40, 140, 240);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 1
                && gui.draw().upToDateProperty().get());
        assertEquals(1, gui.draw().predictionProperty().get().digit());
        assertEquals(null, gui.explain().explanationProperty().get(), "tab not shown: nothing computed");

        robot.clickOn("Explain");
        GrayImage ink = gui.draw().inkProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.explain().explanationProperty().get() != null
                && gui.explain().explanationProperty().get().source() == ink);
        WaitForAsyncUtils.waitForFxEvents();
        Explanation e = gui.explain().explanationProperty().get();
        assertArrayEquals(gui.draw().networkInputProperty().get(), e.input(), "the pad's own input, made the same way");
        assertEquals(1, e.saliencyDigit());
        int channels = e.featureMaps().stream().mapToInt(FeatureMaps::channels).sum();
        assertTrue(e.featureMaps().size() >= 2 && channels >= 64, "every convolution layer: " + channels);
        java.util.List<Integer> perLayer = e.featureMaps().stream().map(FeatureMaps::channels).toList();
        java.util.function.Supplier<java.util.List<Object>> shown = () -> robot.lookup(".feature-map-layer").queryAll()
                .stream().map(javafx.scene.Node::getUserData).toList();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.get().equals(perLayer));
        assertEquals(perLayer, shown.get(), "one picture per layer, with a tile per channel");
        int hottest = 0;
        for (int i = 1; i < e.saliency().length; i++) {
            hottest = e.saliency()[i] > e.saliency()[hottest] ? i : hottest;
        }
        assertTrue(inkNear(e.input(), hottest), "the strongest evidence lies on the stroke");
        assertEquals("The answer: " + gui.draw().verdictProperty().get().describe(),
                robot.lookup("#explain-verdict").queryAs(javafx.scene.control.Label.class).getText(),
                "the pad's verdict, in the same words");

        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS,
                () -> !gui.explain().explanationProperty().get().neighbours().isEmpty());
        e = gui.explain().explanationProperty().get();
        robot.clickOn("Draw");
        stroke(robot, 100, 60, 180, 60);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 2
                && gui.draw().upToDateProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(e, gui.explain().explanationProperty().get(), "the tab not shown: the new drawing is not explained");
    }

    @Test
    void aDrawnOneShowsItsStepsItsNearestOnesAndTheEvidenceForTheDigitUnderTheMouse(FxRobot robot) throws Exception {
        stroke(robot, 140, 40, 140, 240);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().strokes().size() == 1
                && gui.draw().upToDateProperty().get());
        robot.clickOn("Explain");
        GrayImage ink = gui.draw().inkProperty().get();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> gui.explain().explanationProperty().get() != null
                && gui.explain().explanationProperty().get().source() == ink
                && gui.explain().explanationProperty().get().neighbours().size() == NearestDigits.SHOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(6, robot.lookup("#explain-steps").queryAs(HBox.class).getChildren().size(),
                "ink, crop, pen width, 20 px box, box centred, centre of mass centred");
        assertEquals(ink.width(), robot.lookup("#explain-saliency-pad").queryAs(ImageView.class).getImage().getWidth(),
                "the saliency drawn over the pad's own ink");
        List<Node> nearest = robot.lookup("#explain-nearest").queryAs(HBox.class).getChildren();
        assertEquals(NearestDigits.SHOWN, nearest.size());
        long ones = nearest.stream().filter(n -> Integer.valueOf(1).equals(n.getUserData())).count();
        assertTrue(ones > NearestDigits.SHOWN / 2, "most of the nearest training digits are 1s: " + ones);

        Explanation forTheAnswer = gui.explain().explanationProperty().get();
        robot.clickOn("#explain-evidence-hovered");
        robot.moveTo(column(robot, "7"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.explain().explanationProperty().get().saliencyDigit() == 7);
        Explanation forSeven = gui.explain().explanationProperty().get();
        assertSame(forTheAnswer.featureMaps(), forSeven.featureMaps(), "only the saliency is redone for another digit");
        assertTrue(!java.util.Arrays.equals(forTheAnswer.saliency(), forSeven.saliency()), "the evidence for 7 differs");
        robot.clickOn("#explain-evidence-answer");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.explain().explanationProperty().get().saliencyDigit() == 1);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.timeline().pointProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#explain-timeline-slider").query().isDisabled(), "the bundled model is a run of one");
        assertTrue(robot.lookup("#explain-timeline-status").queryLabeled().getText().contains("no other epoch"));
    }

    /** A point in digit {@code d}'s column of the Explain tab's bars, above the axis. */
    private static Point2D column(FxRobot robot, String d) {
        BarChart<?, ?> bars = robot.lookup("#explain-probabilities").queryAs(BarChart.class);
        CategoryAxis axis = (CategoryAxis) bars.getXAxis();
        return axis.localToScreen(axis.getDisplayPosition(d), -20);
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
