package app.digitpad.about;

/**
 * The application's version, from the jar manifest: both fronts show it and every checkpoint sidecar
 * records it, so it lives in the core once rather than in either front. Any thread may call it.
 */
public final class AppVersion {

    /** What a run from compiled classes (tests, an IDE) reports, having no manifest. */
    public static final String DEVELOPMENT = "dev";

    private AppVersion() {
    }

    /** The manifest's Implementation-Version, or {@link #DEVELOPMENT} when run from classes. */
    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? DEVELOPMENT : v;
    }
}
