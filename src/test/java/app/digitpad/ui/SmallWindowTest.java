package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.WindowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 800x600, the smallest size every page must work at: the pad square and whole with its
 * tools in view, and every page either fitting or scrolling (nothing out of reach).
 */
class SmallWindowTest extends WindowTest {

    private Stage stage;

    /** Runs after the shared fixture has opened the window with its model in. */
    @BeforeEach
    void shrink(FxRobot robot) throws Exception {
        stage = (Stage) gui.view().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getScene().getHeight() <= 600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePadIsSquareAndWholeAndItsToolsAreInView(FxRobot robot) {
        Canvas pad = robot.lookup("#pad-canvas").queryAs(Canvas.class);
        Bounds b = inScene(pad);
        assertEquals(b.getWidth(), b.getHeight(), 0.5, "square: " + b);
        assertTrue(b.getWidth() >= 280, "at least the pad's own 280 pixels: " + b);
        assertInView(pad);
        for (String id : List.of("#brush", "#undo", "#clear", "#load-image", "#save-image")) {
            assertInView(robot.lookup(id).query());
        }
    }

    @Test
    void everyPageFitsOrScrolls(FxRobot robot) {
        List<String> unreachable = new ArrayList<>();
        for (Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            if (!(tab.getContent() instanceof ScrollPane scroll)) { unreachable.add(tab.getText() + " cannot scroll"); continue; }
            Bounds viewport = scroll.getViewportBounds();
            Bounds page = scroll.getContent().getLayoutBounds();
            boolean tall = page.getHeight() > viewport.getHeight() + 1;
            boolean wide = page.getWidth() > viewport.getWidth() + 1;
            if (tall && !barShown(scroll, Orientation.VERTICAL) || wide && !barShown(scroll, Orientation.HORIZONTAL)) {
                unreachable.add(tab.getText() + " " + page + " in " + viewport);
            }
        }
        assertEquals(List.of(), unreachable);
    }

    @Test
    void noButtonIsCutShort(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : tab.getContent().lookupAll(".button")) {
                if (n instanceof javafx.scene.control.Button b && shown(b) && b.getScene() != null
                        && b.getWidth() + 0.5 < b.prefWidth(-1)) {
                    cut.add(tab.getText() + ": " + b.getText() + " (" + b.getWidth() + " of " + b.prefWidth(-1) + ")");
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void noTextOnAnyTabIsCutShort(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : tab.getContent().lookupAll("*")) {
                if (n instanceof javafx.scene.control.Labeled l && shown(l) && l.getText() != null
                        && !l.getText().isEmpty() && n.lookup(".text") instanceof javafx.scene.text.Text t
                        && !t.getText().equals(l.getText()) && !inFolderColumn(l)) {
                    cut.add(tab.getText() + ": " + t.getText());
                }
            }
        }
        assertEquals(List.of(), cut, "text elided at 800x600");
    }

    private static boolean inFolderColumn(Node n) {
        return n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                && "Folder".equals(c.getTableColumn().getText());
    }

    @Test
    void theModelsTableKeepsItsShortColumnsWholeAndElidesOnlyTheFolder(FxRobot robot) throws Exception {
        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !gui.view().lookupAll("#models-table .table-row-cell .text").isEmpty());
        javafx.scene.control.TableView<?> table = robot.lookup("#models-table").queryAs(javafx.scene.control.TableView.class);
        List<String> cut = new ArrayList<>();
        for (var column : table.getColumns()) {
            if (!column.getText().equals("Folder") && column.getWidth() + 0.5 < column.getMinWidth()) {
                cut.add(column.getText() + " " + column.getWidth());
            }
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getText() != null
                    && cell.getTableColumn() != null && !cell.getTableColumn().getText().equals("Folder")) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
                if (shown != null && !shown.getText().equals(cell.getText())) {
                    cut.add(cell.getTableColumn().getText() + ": " + shown.getText() + " for " + cell.getText());
                }
            }
        }
        for (Node n : table.lookupAll(".column-header .label")) {
            javafx.scene.control.Labeled header = (javafx.scene.control.Labeled) n;
            if (header.getText() == null || header.getText().isEmpty()) {
                continue;
            }
            javafx.scene.text.Text shown = (javafx.scene.text.Text) header.lookup(".text");
            if (shown != null && !shown.getText().equals(header.getText())) {
                cut.add("header " + shown.getText() + " for " + header.getText());
            }
        }
        assertEquals(List.of(), cut, "at 800x600 only the folder column may give way");
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean barShown(ScrollPane scroll, Orientation orientation) {
        return scroll.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                .map(n -> (ScrollBar) n).anyMatch(b -> b.getOrientation() == orientation && b.isVisible());
    }

    private Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void assertInView(Node node) {
        Bounds b = inScene(node);
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        assertTrue(node.isVisible() && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= w && b.getMaxY() <= h,
                node.getId() + " at " + b + " in a " + w + "x" + h + " scene");
    }
}
