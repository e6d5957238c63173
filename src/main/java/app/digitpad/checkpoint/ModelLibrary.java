package app.digitpad.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the bundled models live and which one is the default, so that {@code predict IMAGE} and the
 * drawing pad work on a fresh clone with no options. Looks at {@code -Ddigitpad.models}, then
 * {@code ./models}, then {@code models/} beside the jar's folder. When none is there, it keeps the folders
 * it looked in, so that what cannot be loaded says where it was looked for (a jar started from elsewhere
 * used to say only {@code models/bncnn.zip: no such file}). Immutable; any thread.
 */
public final class ModelLibrary {

    /** The bundled default model's file name in the models folder. */
    public static final String DEFAULT_MODEL = "bncnn.zip";
    /**
     * The "is it a digit at all" network (a DL4J model zip), named so that the Models tab, which lists
     * {@code .zip} files, never offers it as a digit model.
     */
    public static final String GATE = "not-a-digit.gate";
    /** The network that judges where touching digits of a number are cut (not a digit model either). */
    public static final String SEGMENT_JUDGE = "touching-digits.judge";

    private final Path folder;
    private final List<Path> lookedIn;

    public ModelLibrary(Path folder) {
        this(folder, List.of());
    }

    private ModelLibrary(Path folder, List<Path> lookedIn) {
        this.folder = folder;
        this.lookedIn = List.copyOf(lookedIn);
    }

    /** The library for this process: property, working directory, or beside the jar. */
    public static ModelLibrary locate() {
        return locate(System.getProperty("digitpad.models"), Path.of("models"), besideJar());
    }

    /** {@code property} if set, else {@code local} or the first of {@code beside} that is a folder. */
    static ModelLibrary locate(String property, Path local, List<Path> beside) {
        if (property != null) {
            return new ModelLibrary(Path.of(property));
        }
        if (Files.isDirectory(local)) {
            return new ModelLibrary(local);
        }
        return beside.stream().filter(Files::isDirectory).findFirst().map(ModelLibrary::new).orElseGet(() -> {
            Set<Path> looked = new LinkedHashSet<>(List.of(local.toAbsolutePath()));
            looked.addAll(beside);
            return new ModelLibrary(local.toAbsolutePath(), List.copyOf(looked));
        });
    }

    /**
     * When no models folder was found: which folders were looked in and how to point at one, for the
     * message of whatever needed a bundled model.
     */
    public Optional<String> missing() {
        if (lookedIn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the bundled models were not found: no folder " + String.join(" or ",
                lookedIn.stream().map(Path::toString).toList()) + " (start DigitPad from the folder that holds "
                + "models/, or give -Ddigitpad.models=FOLDER)");
    }

    public Path folder() {
        return folder;
    }

    public Path defaultModel() {
        return folder.resolve(DEFAULT_MODEL);
    }

    /** The bundled default model to load, or, when no models folder was found, why there is none. */
    public Path bundledModel() throws CheckpointException {
        Optional<String> why = missing();
        if (why.isPresent()) {
            throw new CheckpointException(defaultModel(), why.get());
        }
        return defaultModel();
    }

    public Path gate() {
        return folder.resolve(GATE);
    }

    public Path segmentJudge() {
        return folder.resolve(SEGMENT_JUDGE);
    }

    /** Beside the jar (the installed app's lib/app/models), or one up (target/digitpad.jar in the repo). */
    private static List<Path> besideJar() {
        try {
            Path jar = Path.of(ModelLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            return jar.getParent().getParent() == null ? List.of(jar.getParent().resolve("models"))
                    : List.of(jar.getParent().resolve("models"), jar.getParent().getParent().resolve("models"));
        } catch (Exception e) {
            return List.of();
        }
    }
}
