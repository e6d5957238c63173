package app.digitpad.model;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;

/**
 * Whether this start has to unpack ND4J's natives. JavaCPP copies the libraries out of the jar into
 * {@code ~/.javacpp/cache} the first time (about 450 MB; 1.5 s more than a warm start here), and the
 * window says so rather than pausing silently. The answer is read once, before {@link Backend#configure()}
 * loads anything, so that it describes this start and not the unpacking in progress. Any thread; the
 * first call costs a few file lookups, later ones nothing.
 */
public final class NativeCache {

    private static final Object LOCK = new Object();
    private static Boolean unpackedBefore;

    private NativeCache() {
    }

    /** True when ND4J's main library was already in JavaCPP's cache as this process started. */
    public static boolean unpackedBefore() {
        synchronized (LOCK) {
            if (unpackedBefore == null) {
                unpackedBefore = look();
            }
            return unpackedBefore;
        }
    }

    private static boolean look() {
        String extension = Backend.oneDnnBuildPresent() ? Backend.ONEDNN : "";
        URL library = NativeCache.class.getResource(Backend.bindingsFolder(extension) + System.mapLibraryName("nd4jcpu"));
        if (library == null || !"jar".equals(library.getProtocol())) {
            return true;
        }
        try {
            JarURLConnection jar = (JarURLConnection) library.openConnection();
            Path jarFile = Path.of(jar.getJarFileURL().toURI());
            return Files.exists(Loader.getCacheDir().toPath().resolve(jarFile.getFileName().toString())
                    .resolve(jar.getEntryName()));
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return true;
        }
    }
}
