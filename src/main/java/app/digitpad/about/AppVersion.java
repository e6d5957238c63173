package app.digitpad.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions the build stamped into {@code build.properties} (the app's, DL4J's, JavaFX's, and the
 * native build it chose): both fronts show them and every checkpoint sidecar records the app's, so they
 * live in the core once. The same file is read from a jar, an installed app or compiled classes. Any
 * thread.
 */
public final class AppVersion {

    private static final Properties BUILD = load();

    private AppVersion() {
    }

    /** The app's version, e.g. {@code 0.1.0}. */
    public static String current() {
        return BUILD.getProperty("version");
    }

    /** DL4J's and ND4J's version (one release train). */
    public static String dl4j() {
        return BUILD.getProperty("dl4j");
    }

    public static String javafx() {
        return BUILD.getProperty("javafx");
    }

    /** The native build the jar was made with, e.g. {@code linux-x86_64-onednn}. */
    public static String builtFor() {
        return BUILD.getProperty("natives");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the class path: rebuild with Maven");
            }
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
