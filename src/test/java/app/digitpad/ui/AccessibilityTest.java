package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.WindowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader and a keyboard user get: the pad says the answer in words after each stroke, the bars
 * say the likeliest digits, every button has a name, and the "It's a" buttons are reached and pressed with
 * Tab and Space alone.
 */
class AccessibilityTest extends WindowTest {

    @Test
    void theAnswerIsInWordsEveryButtonHasANameAndLabellingWorksByKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            gui.draw().beginStroke(140, 40);
            for (int y = 40; y <= 240; y += 10) {
                gui.draw().extendStroke(140, y);
            }
            gui.draw().endStroke();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().upToDateProperty().get()
                && gui.draw().predictionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Canvas pad = robot.lookup("#pad-canvas").queryAs(Canvas.class);
        assertTrue(pad.getAccessibleText().startsWith("Drawing pad. 1."), pad.getAccessibleText());
        assertTrue(pad.getAccessibleText().contains("sure"), pad.getAccessibleText());
        Node bars = robot.lookup("#probabilities").query();
        assertTrue(bars.getAccessibleText().startsWith("Probabilities: 1 "), bars.getAccessibleText());

        List<String> nameless = new ArrayList<>();
        for (Node n : robot.lookup(".button").queryAll()) {
            if (n instanceof ButtonBase b && blank(b.getText()) && blank(b.getAccessibleText())) {
                nameless.add(String.valueOf(b.getId()));
            }
        }
        assertEquals(List.of(), nameless, "buttons a screen reader could not name");

        int saved = gui.personal().rows().size();
        robot.interact(pad::requestFocus);
        for (int i = 0; i < 40 && !"label-1".equals(focusedId(pad)); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals("label-1", focusedId(pad), "Tab reaches the It's-a buttons");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.personal().rows().size() == saved + 1);
    }

    @Test
    void everyControlOnEveryTabHasANameAScreenReaderCanSay(FxRobot robot) {
        List<String> nameless = new ArrayList<>();
        for (javafx.scene.control.Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Set<Node> labelled = new java.util.HashSet<>();
            tab.getContent().lookupAll(".label").forEach(n -> {
                if (n instanceof javafx.scene.control.Label l && l.getLabelFor() != null) {
                    labelled.add(l.getLabelFor());
                }
            });
            for (Node n : tab.getContent().lookupAll("*")) {
                if (!named(n, labelled)) {
                    nameless.add(tab.getText() + ": " + n.getClass().getSimpleName() + " #" + n.getId());
                }
            }
        }
        assertEquals(List.of(), nameless, "controls a screen reader could not name");
    }

    /** A control, chart or canvas is named by its text, its accessible text, its prompt or a label for it. */
    private static boolean named(Node n, java.util.Set<Node> labelled) {
        boolean needsName = n instanceof javafx.scene.control.Control && !(n instanceof javafx.scene.control.Label)
                && !(n instanceof javafx.scene.control.ScrollPane) && !(n instanceof javafx.scene.control.ScrollBar)
                && !(n instanceof javafx.scene.control.TableView) && !(n instanceof javafx.scene.control.ListView)
                && !(n instanceof javafx.scene.control.Separator) && !(n instanceof javafx.scene.control.TabPane) && !(n instanceof javafx.scene.control.ProgressBar)
                && !(n instanceof javafx.scene.control.ProgressIndicator)
                && !n.getStyleClass().contains("table-cell") && !n.getStyleClass().contains("list-cell")
                && !n.getStyleClass().contains("table-row-cell") && !(n instanceof javafx.scene.control.TableCell)
                && !(n instanceof javafx.scene.control.IndexedCell)
                || n instanceof javafx.scene.chart.Chart || n instanceof Canvas;
        if (!needsName || !n.isVisible()) {
            return true;
        }
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText()
                : n instanceof javafx.scene.control.TextInputControl t ? t.getPromptText()
                : n instanceof javafx.scene.chart.Chart c ? c.getTitle() : null;
        return !blank(text) || !blank(n.getAccessibleText()) || labelled.contains(n);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String focusedId(Node any) {
        Node owner = any.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
