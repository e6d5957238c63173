package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.WindowTest;
import app.digitpad.ui.draw.DrawPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Keyboard shortcuts lists every accelerator the menus have; Ctrl+N switches number mode. */
class HelpTest extends WindowTest {

    private List<MenuItem> allItems(FxRobot robot) {
        MenuBar bar = robot.from(gui.view()).lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem item : menu.getItems()) {
            out.add(item);
            if (item instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }

    private MenuItem item(FxRobot robot, String id) {
        return allItems(robot).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theShortcutTableListsEveryAcceleratorOfTheMenus(FxRobot robot) throws Exception {
        robot.interact(() -> item(robot, "menu-shortcuts").fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        GridPane table = robot.lookup("#shortcuts-table").queryAs(GridPane.class);
        List<String> shown = table.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        List<String> accelerators = allItems(robot).stream().filter(i -> i.getAccelerator() != null)
                .map(i -> i.getAccelerator().getDisplayText()).toList();
        assertTrue(accelerators.size() >= 6, accelerators.toString());
        for (String keys : accelerators) {
            assertTrue(shown.contains(keys), keys + " missing from " + shown);
        }
        assertTrue(shown.contains("Ctrl+0 … Ctrl+9") && shown.contains("Esc, Delete"), "the pad's own keys too");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> item(robot, "menu-getting-started").fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#getting-started-steps").tryQuery().isPresent());
        List<Node> steps = robot.lookup("#getting-started-steps").queryAs(VBox.class).getChildren();
        assertEquals(6, steps.size());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlNSwitchesNumberModeFromAnyTab(FxRobot robot) throws Exception {
        DrawPage pad = (DrawPage) gui.view().tabs().getTabs().get(0).getUserData();
        robot.clickOn("Models");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pad.numberModeProperty().get()
                && gui.view().current() == pad);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !pad.numberModeProperty().get());
        assertFalse(pad.numberModeProperty().get());
    }
}
