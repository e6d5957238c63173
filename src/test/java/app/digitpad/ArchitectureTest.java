package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Where a source refers to another package: its imports and any fully qualified name in its code. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])((?:app\\.digitpad|javafx|org|com)(?:\\.[a-z]\\w*)+)\\.[A-Z*]");

    private static Set<String> references(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.strip();
            if (code.startsWith("package ") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String folderOf(Path file) {
        Path parent = SOURCES.relativize(file).getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }

    private static List<String> offenders(String folderPrefix, boolean inside, String importPrefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : sources()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(folderPrefix) == inside
                    && references(file).stream().anyMatch(r -> (r + ".").startsWith(importPrefix))) {
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

    /**
     * DL4J and ND4J stay behind {@code model.Network}: only the packages that make, train and store networks
     * name their types or reach for the DL4J network inside one ({@code dl4jNetwork()}).
     */
    @Test
    void deeplearning4jStaysInsideModelTrainingAndCheckpoint() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : sources()) {
            String folder = folderOf(file);
            if (folder.equals("model") || folder.equals("training") || folder.equals("checkpoint")) {
                continue;
            }
            boolean names = references(file).stream()
                    .anyMatch(r -> r.startsWith("org.deeplearning4j") || r.startsWith("org.nd4j"));
            if (names || Files.readString(file).contains(".dl4jNetwork()")) {
                out.add(SOURCES.relativize(file).toString().replace('\\', '/'));
            }
        }
        assertEquals(List.of(), out);
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

    @Test
    void eachScreenFolderUsesOnlyTheSharedWidgetsAndTheCore() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : sources()) {
            String folder = folderOf(file);
            if (!folder.startsWith("ui/")) {
                continue;
            }
            String own = "app.digitpad." + folder.replace('/', '.');
            for (String r : references(file)) {
                if (r.startsWith("app.digitpad.ui.") && !r.equals(own) && !r.equals("app.digitpad.ui.shared")) {
                    out.add(SOURCES.relativize(file) + " -> " + r);
                }
            }
        }
        assertEquals(List.of(), out, "only the shell (ui/) wires the screens together");
    }

    @Test
    void packagesDoNotDependOnEachOtherInCircles() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : sources()) {
            String own = folderOf(file).isEmpty() ? "app.digitpad" : "app.digitpad." + folderOf(file).replace('/', '.');
            Set<String> targets = uses.computeIfAbsent(own, k -> new TreeSet<>());
            references(file).stream().filter(r -> r.startsWith("app.digitpad.") && !r.equals(own)).forEach(targets::add);
        }
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleThrough(start, start, uses, new ArrayList<>(List.of(start)), new HashSet<>());
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles);
    }

    /** A path from {@code at} back to {@code start}, or null. */
    private static List<String> cycleThrough(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                             Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, uses, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
