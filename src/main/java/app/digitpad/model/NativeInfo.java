package app.digitpad.model;

/**
 * Which native build ND4J runs on and how it is set up: what a user pastes into a bug report, and what a
 * benchmark figure depends on. Made by {@link Backend#nativeInfo()}; immutable, any thread.
 *
 * @param platform       JavaCPP's platform name, e.g. {@code linux-x86_64}
 * @param oneDnnBuild    the {@code -onednn} build was loaded (else the plain one)
 * @param oneDnnActive   the loaded natives report oneDNN in use
 * @param helpersEnabled DL4J's layer helpers are switched on
 * @param binaryLevel    the CPU instruction level the natives were compiled for
 * @param cpuLevel       the best level this CPU supports
 * @param waitPolicy     OpenMP's wait policy as the natives read it
 */
public record NativeInfo(String platform, boolean oneDnnBuild, boolean oneDnnActive, boolean helpersEnabled,
                         String binaryLevel, String cpuLevel, String waitPolicy) {

    /** libnd4j's levels: 0 generic, 1 x86-64, 2 AVX2, 3 AVX-512 (NativeOps#binaryLevel). */
    static String levelName(int level) {
        return switch (level) {
            case 1 -> "x86-64";
            case 2 -> "AVX2";
            case 3 -> "AVX-512";
            default -> "generic";
        };
    }

    /** "oneDNN" or "plain", as the bench line and the About dialog name the build. */
    public String build() {
        return oneDnnBuild ? "oneDNN" : "plain";
    }

    /** One line: {@code linux-x86_64, oneDNN build (oneDNN in use), DL4J helpers enabled, AVX2 build on a AVX-512 CPU, OpenMP PASSIVE}. */
    public String summary() {
        return String.format("%s, %s build (oneDNN %s), DL4J layer helpers %s, compiled for %s on a %s CPU, OpenMP wait policy %s",
                platform, build(), oneDnnActive ? "in use" : "not in use", helpersEnabled ? "enabled" : "disabled",
                binaryLevel, cpuLevel, waitPolicy);
    }
}
