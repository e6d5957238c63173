package app.digitpad.testing;

import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fixture the window's TestFX tests share: the real window built through {@code Gui} in a fresh user
 * folder, each test starting once the bundled model is in, and the window's executors shut after it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    @TempDir
    protected static Path userFolder;

    protected Gui gui;

    /** Opens the window (TestFX's extension reads a {@code @Start} of the test class itself only). */
    @BeforeEach
    protected void openWindow() throws Exception {
        FxToolkit.setupStage(stage -> gui = Window.open(stage, userFolder, new Theme()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.app().activeProperty().get() != null);
    }

    @AfterEach
    protected void close() {
        gui.close();
    }
}
