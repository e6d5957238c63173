package app.digitpad.ui.personal;

import app.digitpad.testing.WindowTest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire runs no *Probe): times the window's Teach, measuring included, on a folder of labelled
 * digits, for BENCHMARKS.md (#26 goal 2). Run it explicitly:
 * {@code mvn test -Dtest=FineTuneWindowProbe -Ddigitpad.probe.digits=DIR -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FineTuneWindowProbe extends WindowTest {

    private static final int RUNS = 3;

    @Test
    void teachTheDrawingModelTheDigitsOfAFolder(FxRobot robot) throws Exception {
        Path digits = Path.of(System.getProperty("digitpad.probe.digits"));
        robot.interact(() -> gui.personal().importFrom(digits));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !gui.personal().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int count = gui.personal().rows().size();
        for (int run = 1; run <= RUNS; run++) {
            long began = System.nanoTime();
            robot.interact(() -> gui.fineTune().start());
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS,
                    () -> gui.fineTune().stateProperty().get() == FineTuneModel.State.DONE);
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "PROBE teach %d digits, run %d: %.1f s (%s)%n", count, run, seconds,
                    gui.fineTune().statusProperty().get());
        }
    }
}
