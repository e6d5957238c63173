package app.digitpad.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Puts ND4J on the fast CPU path before the first array is made.
 *
 * <p>DL4J 1.0.0-M2.1 ships its oneDNN layer helpers switched off, and JavaCPP loads the plain natives
 * unless told to take the {@code -onednn} build. Both are system properties read lazily, so every entry
 * point (CLI, GUI, tests) calls {@link #configure()} first; it is idempotent.
 */
public final class Backend {

    /** JavaCPP picks the native build by this suffix; the project ships only the oneDNN build. */
    static final String PLATFORM_EXTENSION = "org.bytedeco.javacpp.platform.extension";
    /** DL4J's switch for its cuDNN/oneDNN layer helpers; defaults to disabled. */
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

    private Backend() {
    }

    /** Sets the properties (unless the user set them) and makes float32 the default data type. */
    public static void configure() {
        setIfAbsent(PLATFORM_EXTENSION, "-onednn");
        setIfAbsent(HELPERS_DISABLE, "false");
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
    }

    /** True when ND4J's native environment reports oneDNN in use (the helpers' own check). */
    public static boolean oneDnnActive() {
        configure();
        return org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN();
    }

    /** True unless the user switched DL4J's layer helpers off with the system property. */
    public static boolean helpersEnabled() {
        configure();
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
