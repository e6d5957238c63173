package app.digitpad.model;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.Optional;

/**
 * The C library's environment, which native libraries read when they load and Java cannot change
 * ({@link System#getenv()} is a copy taken at JVM start).
 *
 * <p>It exists for one setting: libgomp, ND4J's OpenMP runtime, reads {@code OMP_WAIT_POLICY} once, when
 * ND4J's natives load; so {@link Backend#configure()} sets it here first. Any thread may call it, but
 * setting is only safe at start-up, before other threads read the environment.
 */
final class NativeEnvironment {

    private interface Posix extends Library {
        String getenv(String name);

        int setenv(String name, String value, int overwrite);
    }

    private interface WindowsCrt extends Library {
        String getenv(String name);

        int _putenv_s(String name, String value);
    }

    private NativeEnvironment() {
    }

    /** The variable as native code sees it now, empty when unset or when the C library cannot be reached. */
    static Optional<String> get(String name) {
        try {
            return Optional.ofNullable(Platform.isWindows() ? crt().getenv(name) : posix().getenv(name));
        } catch (LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Sets the variable unless it is already set (the user's choice wins). Returns false when the C library
     * could not be reached; the caller goes on with the runtime's defaults.
     */
    static boolean setIfAbsent(String name, String value) {
        try {
            if (get(name).isPresent()) {
                return true;
            }
            int status = Platform.isWindows() ? crt()._putenv_s(name, value) : posix().setenv(name, value, 0);
            return status == 0;
        } catch (LinkageError e) {
            return false;
        }
    }

    private static Posix posix() {
        return Native.loadLibrary(Platform.C_LIBRARY_NAME, Posix.class);
    }

    private static WindowsCrt crt() {
        return Native.loadLibrary("msvcrt", WindowsCrt.class);
    }
}
