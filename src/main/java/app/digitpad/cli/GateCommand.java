package app.digitpad.cli;

import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.GateTraining;
import app.digitpad.verdict.NotDigits;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad gate}: trains the "is it a digit at all" network that the bundled models folder ships
 * ({@code models/not-a-digit.gate}), so that file can be rebuilt from the code with one command.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Train the network that tells digits from non-digits (MNIST against generated doodles).")
public final class GateCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the gate (the app reads models/not-a-digit.gate)")
    Path out;
    @Option(names = "--force", description = "replace an existing --out file")
    boolean force;
    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    private static final GateTraining.Recipe RECIPE = GateTraining.Recipe.BUNDLED;

    private final Services services;

    public GateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (!HelperTraining.mayWrite(services, out, force)) {
            return 1;
        }
        services.out().printf("Training the digit gate: %,d MNIST digits and %,d more drawn on the pad, against %,d "
                + "generated non-digits of %d kinds and %,d random stroke programs, %d epochs%n", RECIPE.digits(),
                RECIPE.drawn(), RECIPE.nonDigits(), NotDigits.Kind.values().length, RECIPE.programs(), RECIPE.epochs());
        var digits = dataOption.loader(services).train().limit(RECIPE.trainingDigits());
        return HelperTraining.run(services, RECIPE.epochs(),
                (control, hooks) -> GateTraining.train(RECIPE, digits, seed, control, hooks), DigitGate::save, out, force);
    }
}
