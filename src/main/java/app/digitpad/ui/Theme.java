package app.digitpad.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;

/**
 * AtlantaFX's Primer theme, light or dark, applied app-wide as the user agent stylesheet. FX thread.
 *
 * <p>The window's first frame is painted before any stylesheet is loaded (loading one costs about 40 ms of
 * the first half second), in the theme's own page colours from here; {@code ThemeTest} checks them against
 * the stylesheet's.
 */
public final class Theme {

    private final BooleanProperty dark;

    /** The light theme. */
    public Theme() {
        this(false);
    }

    /** Applies the stylesheet for {@code dark} now, and again whenever {@link #darkProperty} changes. */
    public Theme(boolean dark) {
        this.dark = new SimpleBooleanProperty(dark);
        apply(dark);
        this.dark.addListener((obs, old, now) -> apply(now));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The page background of the light or dark theme (Primer's {@code -color-bg-default}). */
    public static Color background(boolean dark) {
        return Color.web(dark ? "#0d1117" : "#ffffff");
    }

    /** The text colour of the light or dark theme (Primer's {@code -color-fg-default}). */
    public static Color text(boolean dark) {
        return Color.web(dark ? "#c9d1d9" : "#24292f");
    }
}
