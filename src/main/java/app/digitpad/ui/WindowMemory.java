package app.digitpad.ui;

import app.digitpad.drawing.Stroke;
import app.digitpad.settings.Settings;
import app.digitpad.settings.SettingsStore;
import app.digitpad.ui.shared.ActiveModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What the window remembers between sessions (theme, brush, place and size, the model drawn with, the MNIST
 * folder chosen on the Train tab): put
 * back when a window opens, written when it changes (theme, model) and when the window closes (brush,
 * place). A place that is on no screen now (a monitor unplugged) is not restored. FX thread.
 */
final class WindowMemory {

    private final SettingsStore store;
    private final Executor background;
    private Settings settings;

    /** Reads the stored settings (a small file: cheap enough for the FX thread at start). */
    WindowMemory(SettingsStore store, Executor background) {
        this.store = store;
        this.background = background;
        this.settings = store.load();
    }

    /**
     * Restores the settings into this window and keeps them up to date; returns the model file to start
     * with, when the last one is still there.
     */
    Optional<Path> restore(Stage stage, Theme theme, DoubleProperty brush, ObservableValue<ActiveModel> active,
                           ObjectProperty<Path> mnist) {
        firstLook(stage, theme);
        settings.brushWidth().filter(w -> w >= Stroke.MIN_WIDTH && w <= Stroke.MAX_WIDTH).ifPresent(brush::set);
        settings.mnistFolder().map(Path::of).filter(Files::isDirectory).ifPresent(mnist::set);
        mnist.addListener((obs, old, now) -> {
            if (now != null) {
                saveLater(settings = settings.withMnist(now.toAbsolutePath().toString()));
            }
        });
        theme.darkProperty().addListener((obs, old, dark) -> saveLater(settings = settings.withDark(dark)));
        brush.addListener((obs, old, width) -> settings = settings.withBrush(width.doubleValue()));
        active.addListener((obs, old, now) -> {
            if (now != null) {
                saveLater(settings = settings.withModel(now.checkpoint().file().toAbsolutePath().toString()));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            settings = settings.withWindow(new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            store.save(settings);
        });
        return settings.lastModel().map(Path::of).filter(Files::isRegularFile);
    }

    /** The theme and the window's place and size alone, from the settings this memory read. */
    void firstLook(Stage stage, Theme theme) {
        theme.darkProperty().set(settings.dark());
        place(settings, stage);
    }

    /**
     * The theme and the window's place the last session left, read before the window has any pages so the
     * first frame is painted where, and as dark or light as, the user left it. Read with
     * {@link SettingsStore#firstLook}: no object mapper and no logger before that frame.
     */
    static Settings firstLook(Path userFolder) {
        return SettingsStore.in(userFolder).firstLook();
    }

    /** Puts the window where {@code settings} say it was, when that place is on a screen now. */
    static void place(Settings settings, Stage stage) {
        settings.place().filter(WindowMemory::onAScreen).ifPresent(w -> place(stage, w));
    }

    Settings current() {
        return settings;
    }

    private void saveLater(Settings snapshot) {
        background.execute(() -> store.save(snapshot));
    }

    private static boolean onAScreen(Settings.Window w) {
        return w.width() > 0 && w.height() > 0
                && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty();
    }

    private static void place(Stage stage, Settings.Window w) {
        var screen = Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).get(0).getVisualBounds();
        stage.setWidth(Math.min(w.width(), screen.getWidth()));
        stage.setHeight(Math.min(w.height(), screen.getHeight()));
        stage.setX(Math.max(screen.getMinX(), Math.min(w.x(), screen.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(screen.getMinY(), Math.min(w.y(), screen.getMaxY() - stage.getHeight())));
        stage.setMaximized(w.maximized());
    }
}
