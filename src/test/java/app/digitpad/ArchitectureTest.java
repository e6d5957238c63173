package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules the code is organised by, checked on the sources and the compiled app rather than trusted. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/app/digitpad");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> offenders(String folderPrefix, boolean inside, String importPrefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : sources()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(folderPrefix) == inside
                    && Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import " + importPrefix))) {
                out.add(relative);
            }
        }
        return out;
    }

    @Test
    void onlyTheUserInterfaceImportsJavaFx() throws IOException {
        assertEquals(List.of(), offenders("ui/", false, "javafx."));
    }

    @Test
    void theTwoFrontsStandSideBySide() throws IOException {
        assertEquals(List.of(), offenders("ui/", true, "app.digitpad.cli."), "the GUI imports nothing of the CLI");
        assertEquals(List.of(), offenders("cli/", true, "app.digitpad.ui."), "the CLI imports nothing of the GUI");
    }

    @Test
    void theCoreKnowsNeitherFront() throws IOException {
        List<String> core = new ArrayList<>(offenders("ui/", false, "app.digitpad.ui."));
        core.addAll(offenders("cli/", false, "app.digitpad.cli."));
        core.removeIf(f -> f.equals("Launcher.java") || f.startsWith("ui/") || f.startsWith("cli/"));
        assertEquals(List.of(), core);
    }

    @Test
    void theAppHasOneEntryPointAndNoBenchmarkMains() throws Exception {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> mains = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        getClass().getClassLoader());
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals("main") && Modifier.isStatic(m.getModifiers())) {
                        mains.add(c.getName());
                    }
                }
            }
        }
        assertEquals(List.of(Launcher.class.getName()), mains);
    }
}
