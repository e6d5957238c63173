package app.digitpad.settings;

import java.util.Optional;

/**
 * What the window remembers between sessions: the theme, the brush, where the window was and which model
 * was drawing. A value: the window reads one at start and hands a changed one to {@link SettingsStore}.
 *
 * @param dark     the dark theme is on
 * @param brush    the pad's brush width in pad pixels (null: the pad's default)
 * @param window   the window's last place and size (null: the first-start size, centred)
 * @param model    the model file last drawn with (null: the bundled default)
 * @param mnist    the MNIST folder chosen on the Train tab (null: the default place)
 */
public record Settings(boolean dark, Double brush, Window window, String model, String mnist) {

    /** A window's place and size in screen coordinates, and whether it was maximized. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    /** A first start: light theme, default brush, first-start window, the bundled model. */
    public static final Settings DEFAULT = new Settings(false, null, null, null, null);

    public Optional<Double> brushWidth() {
        return Optional.ofNullable(brush);
    }

    public Optional<Window> place() {
        return Optional.ofNullable(window);
    }

    public Optional<String> lastModel() {
        return Optional.ofNullable(model);
    }

    public Optional<String> mnistFolder() {
        return Optional.ofNullable(mnist);
    }

    public Settings withDark(boolean value) {
        return new Settings(value, brush, window, model, mnist);
    }

    public Settings withBrush(double value) {
        return new Settings(dark, value, window, model, mnist);
    }

    public Settings withWindow(Window value) {
        return new Settings(dark, brush, value, model, mnist);
    }

    public Settings withModel(String value) {
        return new Settings(dark, brush, window, value, mnist);
    }

    public Settings withMnist(String value) {
        return new Settings(dark, brush, window, model, value);
    }
}
