package app.digitpad.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.DataLocator;
import app.digitpad.model.Backend;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.testing.Models;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bug-report block: versions the build stamped, the natives really loaded, and the folders in use. */
class AppInfoTest {

    @Test
    void reportsVersionsNativesAndPlaces(@TempDir Path home) {
        DataLocator locator = new DataLocator(Map.of(DataLocator.ENV_VAR, home.resolve("mnist-here").toString()), home);
        ModelLibrary library = new ModelLibrary(Models.bundled().getParent());
        AppInfo info = AppInfo.collect(library, locator, locator.appFolder());
        List<String> lines = info.lines();
        assertEquals("DigitPad " + AppVersion.current(), lines.get(0));
        assertTrue(AppVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), "the pom's version, stamped at build");
        assertTrue(lines.contains("DL4J/ND4J: " + AppVersion.dl4j() + ", built with the " + AppVersion.builtFor()
                + " natives"), lines.toString());
        assertTrue(AppVersion.builtFor().startsWith(info.natives().platform()), AppVersion.builtFor());
        assertTrue(lines.contains("Natives in use: " + Backend.nativeInfo().summary()), lines.toString());
        assertTrue(lines.contains("MNIST: " + home.resolve("mnist-here")), lines.toString());
        assertTrue(lines.contains("Training runs: " + home.resolve(".digitpad").resolve("runs")), lines.toString());
        assertTrue(lines.contains("Personal digits: " + home.resolve(".digitpad").resolve("personal")), lines.toString());
        assertTrue(lines.contains("Bundled models: " + library.folder().toAbsolutePath().normalize()), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Java: " + System.getProperty("java.version"))));
        assertTrue(lines.contains("Touching-digits judge: " + library.segmentJudge().toAbsolutePath().normalize()
                + " (and its 4 members beside it)"), lines.toString());
        assertTrue(lines.contains("Not-a-digit gate: " + library.gate().toAbsolutePath().normalize()
                + " (and its second network beside it)"), lines.toString());
    }

    @Test
    void aMissingMemberOfTheJudgeIsSaid(@TempDir Path models) throws Exception {
        ModelLibrary bundled = new ModelLibrary(Models.bundled().getParent());
        ModelLibrary library = new ModelLibrary(models);
        java.nio.file.Files.copy(bundled.segmentJudge(), library.segmentJudge());
        java.nio.file.Files.copy(SegmentJudge.member(bundled.segmentJudge(), 2), SegmentJudge.member(library.segmentJudge(), 2));
        DataLocator locator = new DataLocator(Map.of(), models);
        List<String> lines = AppInfo.collect(library, locator, locator.appFolder()).lines();
        assertTrue(lines.contains("Touching-digits judge: " + library.segmentJudge().toAbsolutePath().normalize()
                + " (MISSING members touching-digits-3.judge, touching-digits-4.judge, touching-digits-5.judge: judged by fewer networks)"), lines.toString());
    }
}
