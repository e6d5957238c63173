package app.digitpad.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.about.AppVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as built, not as the pom meant it: one ND4J native build (the one the build chose), one
 * HDF5 build (Keras import) and one ONNX Runtime build (ONNX import), no C headers or debug symbols, JNA's
 * stub for one OS, no signature files or module descriptors. Run by failsafe after {@code package}.
 */
class LeanJarIT {

    private static final Path JAR = Path.of("target", "digitpad.jar");

    @Test
    void holdsOneNativeBuildAndNoDebris() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR.toAbsolutePath());
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            List<String> nd4j = names.stream().filter(n -> n.matches(".*/(lib)?nd4jcpu\\.(so|dll|dylib)")).toList();
            assertEquals(1, nd4j.size(), nd4j.toString());
            assertTrue(nd4j.get(0).contains("/bindings/" + AppVersion.builtFor() + "/"), nd4j.toString());
            List<String> hdf5 = names.stream().filter(n -> n.matches("org/bytedeco/hdf5/[^/]+/.*libhdf5\\.(so|dylib).*")
                    || n.matches("org/bytedeco/hdf5/[^/]+/.*hdf5\\.dll")).toList();
            assertEquals(1, hdf5.size(), "HDF5 builds: " + hdf5);
            List<String> onnx = names.stream().filter(n -> n.matches("ai/onnxruntime/native/[^/]+/(lib)?onnxruntime\\.(so|dll|dylib)"))
                    .toList();
            assertEquals(1, onnx.size(), "ONNX Runtime builds: " + onnx);
            assertEquals(List.of(), names.stream().filter(n -> n.endsWith(".pdb") || n.contains(".dSYM/")).toList(),
                    "debug symbols");
            assertEquals(List.of(), names.stream().filter(n -> n.endsWith(".h")).toList(), "C headers");
            assertEquals(1, names.stream().filter(n -> n.matches("com/sun/jna/[^/]+/.*jnidispatch.*")).count(),
                    "JNA stubs: " + names.stream().filter(n -> n.contains("jnidispatch")).toList());
            assertEquals(List.of(), names.stream().filter(n -> n.endsWith("module-info.class")
                    || n.matches("META-INF/[^/]+\\.(SF|RSA|DSA)")).toList(), "module and signature debris");
        }
    }
}
