package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.WindowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every piece of text on every tab, in the light and the dark theme, against what is painted behind it:
 * WCAG 2's contrast ratio at least 4.5:1, or 3:1 for large text (24 px, or 18.7 px bold). Disabled controls
 * are exempt, as WCAG exempts them. The colours are the ones JavaFX resolved from the stylesheets, read from
 * the live nodes after layout, so a colour changed anywhere (theme, app CSS, code) is checked.
 */
class ContrastTest extends WindowTest {

    private static final double NORMAL = 4.5;
    private static final double LARGE = 3.0;

    @AfterEach
    void light() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new Theme().darkProperty().set(false)).get();
    }

    @Test
    void everyTextOnEveryTabIsReadableInTheLightTheme(FxRobot robot) throws Exception {
        assertEquals(List.of(), lowContrast(robot, false), "text under WCAG contrast, light theme");
    }

    @Test
    void everyTextOnEveryTabIsReadableInTheDarkTheme(FxRobot robot) throws Exception {
        assertEquals(List.of(), lowContrast(robot, true), "text under WCAG contrast, dark theme");
    }

    private List<String> lowContrast(FxRobot robot, boolean dark) throws Exception {
        drawAOne();
        robot.interact(() -> new Theme().darkProperty().set(dark));
        List<String> low = new ArrayList<>();
        int checked = 0;
        for (Tab tab : gui.view().tabs().getTabs()) {
            robot.interact(() -> gui.view().tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> found = new ArrayList<>();
            checked += WaitForAsyncUtils.asyncFx(() -> walk(gui.view(), tab.getText(), found)).get();
            found.stream().filter(s -> !low.contains(s)).forEach(low::add);
        }
        assertTrue(checked > 200, "the walk reached the window's texts: " + checked);
        return low;
    }

    private void drawAOne() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            gui.draw().beginStroke(140, 40);
            gui.draw().extendStroke(140, 240);
            gui.draw().endStroke();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gui.draw().upToDateProperty().get()
                && gui.draw().predictionProperty().get() != null);
    }

    /** Adds a line per text under its ratio to {@code out}, and a line "checked N" at the end of a tab's walk. */
    private static int walk(Node node, String tab, List<String> out) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) {
            return 0;
        }
        int checked = 0;
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFill() instanceof Color fill) {
            Color behind = behind(text);
            Color ink = over(withOpacity(fill, opacity(text)), behind);
            double ratio = ratio(ink, behind);
            checked++;
            double needed = large(text) ? LARGE : NORMAL;
            if (ratio < needed) {
                out.add(String.format("%s: \"%s\" %s on %s = %.2f:1 (needs %.1f)", tab, shortened(text.getText()),
                        ink, behind, ratio, needed));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                checked += walk(child, tab, out);
            }
        }
        return checked;
    }

    /** The colour painted behind a node: the topmost background fills of its ancestors, composited. */
    private static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0) {
                        layers.add(withOpacity(c, opacity(region)));
                        break;
                    }
                }
                if (!layers.isEmpty() && layers.get(layers.size() - 1).getOpacity() >= 1) {
                    break;
                }
            }
        }
        Color result = node.getScene().getFill() instanceof Color c ? c : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = over(layers.get(i), result);
        }
        return result;
    }

    private static double opacity(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }

    private static Color withOpacity(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity);
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    private static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static boolean large(Text text) {
        double size = text.getFont().getSize();
        boolean bold = text.getFont().getStyle().toLowerCase().contains("bold");
        return size >= 24 || (bold && size >= 18.66);
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
