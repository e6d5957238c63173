package app.digitpad.cli;

import app.digitpad.data.MnistLoader;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.training.MnistData;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads MNIST. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "MNIST folder (default: $DIGITPAD_DATA, then ~/.digitpad/mnist); evaluate also takes a "
                    + "personal set or a folder of images named with their label first (7_0001.png)")
    Path data;

    /** MNIST from that folder as training data, with the prepared cache this process uses. */
    MnistData trainingData(Services services) {
        return new MnistData(loader(services), new PreparedCache(services.dataLocator().cacheFolder()));
    }

    /** The loader for the folder this option, the environment or the per-user default names. */
    MnistLoader loader(Services services) {
        return new MnistLoader(services.dataLocator().resolve(data));
    }
}
