package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.IoMessages;
import app.digitpad.model.ExportException;
import app.digitpad.model.KerasExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad export --keras FILE}: a DigitPad model (or a Keras import, or its fine-tuned child) as a
 * Keras 2 HDF5 file that {@code tf.keras.models.load_model} reads. An existing file is replaced only with
 * {@code --force}; the file is written whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a model as a Keras 2 HDF5 file (tf.keras.models.load_model reads it).")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;
    @Option(names = "--keras", paramLabel = "FILE", required = true, description = "the .h5 file to write")
    Path keras;
    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    private final Services services;

    public ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(keras) && !force) {
            services.err().println("error: " + keras + " exists: choose another name, or --force to replace it");
            return 2;
        }
        if (Files.isDirectory(keras)) {
            services.err().println("error: " + keras + " is a directory: give the .h5 file to write");
            return 2;
        }
        Checkpoint.Loaded loaded = modelOption.load(services);
        try {
            KerasExport.write(loaded.network(), keras);
        } catch (ExportException e) {
            services.err().println("error: " + loaded.checkpoint().file() + " cannot be written as Keras: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            services.err().println("error: cannot write " + keras + ": " + IoMessages.describe(e, keras));
            return 1;
        }
        services.out().printf(Locale.ROOT, "Wrote %s: %s as a Keras 2 HDF5 model (%,d parameters). In Python: "
                + "tf.keras.models.load_model('%s'); it takes 28x28x1 digits with ink 1.0 on 0.0 (x / 255.0, white on "
                + "black, as MNIST) and answers 10 probabilities.%n", keras, loaded.checkpoint().file().getFileName(),
                loaded.network().parameterCount(), keras.getFileName());
        return 0;
    }
}
