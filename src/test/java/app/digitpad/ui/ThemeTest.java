package app.digitpad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame is painted in {@link Theme}'s colours before the stylesheet is loaded; then the pages come
 * in the stylesheet's. These must be one colour, or the window changes colour as it starts.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    @AfterEach
    void light() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new Theme(false)).get();
    }

    @Test
    void theFirstFramesColoursAreTheLightStylesheets() throws Exception {
        assertEquals(fromStylesheet(false), Theme.background(false));
        assertEquals(textFromStylesheet(false), Theme.text(false));
    }

    @Test
    void theFirstFramesColoursAreTheDarkStylesheets() throws Exception {
        assertEquals(fromStylesheet(true), Theme.background(true));
        assertEquals(textFromStylesheet(true), Theme.text(true));
    }

    /** The page background the stylesheet gives a scene's root. */
    private static Color fromStylesheet(boolean dark) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            new Theme(dark);
            StackPane root = new StackPane(new Label("x"));
            new Scene(root);
            root.applyCss();
            return (Color) root.getBackground().getFills().get(0).getFill();
        }).get();
    }

    /** The colour the stylesheet gives a label's text on the page. */
    private static Color textFromStylesheet(boolean dark) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            new Theme(dark);
            Label label = new Label("x");
            new Scene(new StackPane(label));
            label.applyCss();
            return (Color) label.getTextFill();
        }).get();
    }
}
