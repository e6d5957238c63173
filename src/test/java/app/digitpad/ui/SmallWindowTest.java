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
        onEveryTab(robot, (tab, n) -> {
            if (n instanceof javafx.scene.control.Button b && shown(b) && b.getScene() != null
                    && b.getWidth() + 0.5 < b.prefWidth(-1)) {
                cut.add(tab.getText() + ": " + b.getText() + " (" + b.getWidth() + " of " + b.prefWidth(-1) + ")");
            }
        });
        assertEquals(List.of(), cut);
    }

    @Test
    void noTextOnAnyTabIsCutShort(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        onEveryTab(robot, (tab, n) -> {
            if (n instanceof javafx.scene.control.Labeled l && shown(l) && !inFolderColumn(l)) {
                elided(l).ifPresent(shown -> cut.add(tab.getText() + ": " + shown));
            }
        });
        assertEquals(List.of(), cut, "text elided at 800x600");
    }

    @Test
    void aLongNumberAnswerWrapsInsteadOfBeingCutShort(FxRobot robot) throws Exception {
        robot.clickOn("#number-mode");
        var noise = app.digitpad.testing.GreyNoise.image(new java.util.Random(3), 1200, 400);
        WaitForAsyncUtils.asyncFx(() -> gui.number().loadImage(noise)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gui.number().upToDateProperty().get() && gui.number().readingProperty().get() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label answer = robot.lookup("#number-answer").queryAs(javafx.scene.control.Label.class);
        assertTrue(answer.getText().length() > 60, "a long answer: " + answer.getText());
        assertEquals(java.util.Optional.empty(), elided(answer), "shown whole at 800x600: " + answer.getText());
    }

    /** Every node of every tab, each tab brought to the front before its nodes are looked at. */
    private void onEveryTab(FxRobot robot, java.util.function.BiConsumer<Tab, Node> each) {
        for (Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            tab.getContent().lookupAll("*").forEach(n -> each.accept(tab, n));
        }
    }

    /** What JavaFX shows of a labelled control's text when it cut it short (an ellipsis), else empty. */
    private static java.util.Optional<String> elided(javafx.scene.control.Labeled l) {
        if (l.getText() != null && !l.getText().isEmpty() && l.lookup(".text") instanceof javafx.scene.text.Text t
                && !t.getText().equals(l.getText())) {
            return java.util.Optional.of(t.getText());
        }
        return java.util.Optional.empty();
    }

    private static boolean inFolderColumn(Node n) {
        return n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                && "Folder".equals(c.getTableColumn().getText());
    }

    @Test
    void theModelsTableKeepsItsShortColumnsWholeAndElidesOnlyTheFolder(FxRobot robot) throws Exception {
        robot.clickOn("Models");
        javafx.scene.control.TableView<?> table = robot.lookup("#models-table").queryAs(javafx.scene.control.TableView.class);
        // Laid out: every cell with a text shows some of it (a cell's text node is filled on a later pulse).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> laidOut(table)).get());
        WaitForAsyncUtils.asyncFx(() -> assertShortColumnsWhole(table)).get();
    }

    private static boolean laidOut(javafx.scene.control.TableView<?> table) {
        List<Node> cells = table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null
                        && !c.getText().isEmpty())
                .toList();
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.lookup(".text") instanceof javafx.scene.text.Text t
                && !t.getText().isEmpty());
    }

    private static void assertShortColumnsWhole(javafx.scene.control.TableView<?> table) {
        List<String> cut = new ArrayList<>();
        for (var column : table.getColumns()) {
            if (!column.getText().equals("Folder") && column.getWidth() + 0.5 < column.getMinWidth()) {
                cut.add(column.getText() + " " + column.getWidth());
            }
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && !inFolderColumn(cell)) {
                elided(cell).ifPresent(shown -> cut.add(cell.getTableColumn().getText() + ": " + shown
                        + " for " + cell.getText()));
            }
        }
        for (Node n : table.lookupAll(".column-header .label")) {
            javafx.scene.control.Labeled header = (javafx.scene.control.Labeled) n;
            elided(header).ifPresent(shown -> cut.add("header " + shown + " for " + header.getText()));
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
