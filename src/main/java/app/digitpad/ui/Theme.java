package app.digitpad.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** AtlantaFX's Primer theme, light or dark, applied app-wide as the user agent stylesheet. */
public final class Theme {

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Theme() {
        apply(false);
        dark.addListener((obs, old, now) -> apply(now));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
