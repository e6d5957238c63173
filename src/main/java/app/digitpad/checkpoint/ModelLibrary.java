package app.digitpad.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the bundled models live and which one is the default, so that {@code predict IMAGE} and the
 * drawing pad work on a fresh clone with no options. Looks at {@code -Ddigitpad.models}, then
 * {@code ./models}, then {@code models/} beside the jar's folder.
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

    public ModelLibrary(Path folder) {
        this.folder = folder;
    }

    /** The library for this process: property, working directory, or beside the jar. */
    public static ModelLibrary locate() {
        String property = System.getProperty("digitpad.models");
        if (property != null) {
            return new ModelLibrary(Path.of(property));
        }
        Path local = Path.of("models");
        if (Files.isDirectory(local)) {
            return new ModelLibrary(local);
        }
        return jarSibling().orElse(new ModelLibrary(local));
    }

    public Path folder() {
        return folder;
    }

    public Path defaultModel() {
        return folder.resolve(DEFAULT_MODEL);
    }

    public Path gate() {
        return folder.resolve(GATE);
    }

    public Path segmentJudge() {
        return folder.resolve(SEGMENT_JUDGE);
    }

    private static Optional<ModelLibrary> jarSibling() {
        try {
            Path jar = Path.of(ModelLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // Beside the jar (the installed app's lib/app/models), or one up (target/digitpad.jar in the repo).
            for (Path folder : List.of(jar.getParent(), jar.getParent().getParent())) {
                if (Files.isDirectory(folder.resolve("models"))) {
                    return Optional.of(new ModelLibrary(folder.resolve("models")));
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
