package app.digitpad.about;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.DataLocator;
import app.digitpad.model.Backend;
import app.digitpad.model.NativeInfo;
import app.digitpad.personal.PersonalSet;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.verdict.DigitGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.Loader;

/**
 * What a user pastes into a bug report: versions, the natives in use and where the app keeps its files.
 * {@code digitpad --version} prints it and Help ▸ About shows it, from this one record. {@link #collect}
 * loads the natives if they are not loaded yet (a second or two on a first start): call it off the FX
 * thread. The record itself is immutable.
 *
 * @param places  what is kept where, in display order (bundled models, runs, personal digits, MNIST, ...)
 * @param helpers the small networks beside the models (not-a-digit gate, touching-digits judge): where, and
 *                what the app does without one that is missing
 */
public record AppInfo(String version, String dl4j, String javafx, String builtFor, NativeInfo natives,
                      String java, String os, Map<String, Path> places, Map<String, String> helpers) {

    /**
     * Gathers the figures for this process: {@code library} the bundled models in use, {@code locator}
     * where MNIST is, {@code appFolder} the user folder the front uses ({@code ~/.digitpad}).
     */
    public static AppInfo collect(ModelLibrary library, DataLocator locator, Path appFolder) {
        return collect(library, locator, appFolder, locator.resolve(null));
    }

    /** The same with the MNIST folder the front uses ({@code mnist}: the one chosen in the window). */
    public static AppInfo collect(ModelLibrary library, DataLocator locator, Path appFolder, Path mnist) {
        Map<String, Path> places = new LinkedHashMap<>();
        places.put("Bundled models", library.folder().toAbsolutePath().normalize());
        places.put("Training runs", RunFolder.ofUser(appFolder).toAbsolutePath());
        places.put("Personal digits", PersonalSet.ofUser(appFolder).folder());
        places.put("MNIST", (mnist == null ? locator.resolve(null) : mnist).toAbsolutePath());
        places.put("Prepared MNIST cache", locator.cacheFolder().toAbsolutePath());
        places.put("Native library cache", nativeCache());
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores";
        Map<String, String> helpers = new LinkedHashMap<>();
        helpers.put("Not-a-digit gate", gate(library.gate()));
        helpers.put("Touching-digits judge", judge(library.segmentJudge()));
        return new AppInfo(AppVersion.current(), AppVersion.dl4j(), AppVersion.javafx(), AppVersion.builtFor(),
                Backend.nativeInfo(), java, os, places, helpers);
    }

    /** The helper's file, and when it is missing, what is done without it. */
    private static String helper(Path file, String without) {
        Path absolute = file.toAbsolutePath().normalize();
        return Files.isRegularFile(file) ? absolute.toString()
                : absolute + " (MISSING: " + without + ")";
    }

    /**
     * The judge's first file as {@link #helper} gives it, and its members beside it ({@link SegmentJudge#members}):
     * a missing member makes no error, only fewer networks judging, so the report is where it is said.
     */
    private static String judge(Path first) {
        StringBuilder out = new StringBuilder(helper(first, SegmentJudge.WITHOUT));
        if (Files.isRegularFile(first)) {
            List<String> missing = SegmentJudge.members(first).stream().filter(m -> !Files.isRegularFile(m))
                    .map(m -> m.getFileName().toString()).toList();
            out.append(missing.isEmpty() ? " (and its " + (SegmentJudge.MEMBERS - 1) + " members beside it)"
                    : " (MISSING members " + String.join(", ", missing) + ": judged by fewer networks)");
        }
        return out.toString();
    }

    /** The gate's first file as {@link #helper} gives it, and whether its second network lies beside it. */
    private static String gate(Path first) {
        String where = helper(first, DigitGate.WITHOUT);
        if (!Files.isRegularFile(first)) {
            return where;
        }
        return where + (Files.isRegularFile(DigitGate.member(first)) ? " (and its second network beside it)"
                : " (MISSING " + DigitGate.member(first).getFileName() + ": people's doodles less often refused)");
    }

    /** The report as lines, "Name: value". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("DigitPad " + version);
        lines.add("DL4J/ND4J: " + dl4j + ", built with the " + builtFor + " natives");
        lines.add("Natives in use: " + natives.summary());
        lines.add("JavaFX: " + javafx);
        lines.add("Java: " + java);
        lines.add("OS: " + os);
        places.forEach((what, where) -> lines.add(what + ": " + where));
        helpers.forEach((what, where) -> lines.add(what + ": " + where));
        return lines;
    }

    private static Path nativeCache() {
        try {
            return Loader.getCacheDir().toPath();
        } catch (IOException e) {
            return Path.of(System.getProperty("user.home"), ".javacpp", "cache");
        }
    }
}
