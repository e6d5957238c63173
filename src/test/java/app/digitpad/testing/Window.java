package app.digitpad.testing;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.drawing.PadRaster;
import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The app's real window for TestFX tests: built through {@link Gui} like the app, and the pad's coordinates. */
public final class Window {

    public static final double WIDTH = 1180;
    public static final double HEIGHT = 800;

    private Window() {
    }

    /** Opens the window on {@code stage} with the bundled models, MNIST from the tests' folder, loading the default. */
    public static Gui open(Stage stage, Path userFolder, Theme theme) {
        Gui gui = new Gui(new ModelLibrary(Models.bundled().getParent()), userFolder, theme);
        gui.train().form().dataFolderProperty().set(TestData.mnistDir());
        stage.setScene(new Scene(gui.view(), WIDTH, HEIGHT));
        stage.show();
        gui.app().load(Models.bundled());
        return gui;
    }

    /** A point of the pad (0-280 pad coordinates) on the screen, wherever the canvas is laid out. */
    public static Point2D pad(FxRobot robot, double x, double y) {
        Canvas canvas = robot.lookup("#pad-canvas").queryAs(Canvas.class);
        double k = canvas.getWidth() / PadRaster.SIZE;
        return canvas.localToScreen(x * k, y * k);
    }
}
