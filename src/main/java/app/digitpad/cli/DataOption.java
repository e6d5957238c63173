package app.digitpad.cli;

import app.digitpad.data.MnistLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads MNIST. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "MNIST folder (default: $DIGITPAD_DATA, then ~/.digitpad/mnist)")
    Path data;

    /** The loader for the folder this option, the environment or the per-user default names. */
    MnistLoader loader(Services services) {
        return new MnistLoader(services.dataLocator().resolve(data));
    }
}
