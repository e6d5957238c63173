package app.digitpad.cli;

import app.digitpad.model.ModelSummary;
import app.digitpad.model.Network;
import app.digitpad.training.TrainingConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code digitpad summary}: the Keras-style layer table of an architecture or a saved model. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print a model's layers and parameters.")
public final class SummaryCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--arch", description = "an architecture by name")
        String arch;
        @Option(names = "--model", paramLabel = "FILE", description = "a saved model")
        Path model;
    }

    private final Services services;

    public SummaryCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Network net;
        String title;
        if (source.arch != null) {
            net = services.architectures().build(source.arch, 1, TrainingConfig.DEFAULT_LEARNING_RATE);
            title = source.arch;
        } else {
            net = services.loader().load(source.model, false).network();
            title = source.model.getFileName().toString();
        }
        services.out().print(ModelSummary.of(net).render(title));
        return 0;
    }
}
