package app.digitpad.cli;

import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.GateTraining;
import app.digitpad.verdict.NotDigits;
import app.digitpad.verdict.PeoplesDoodles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad gate}: trains the "is it a digit at all" networks that the bundled models folder ships
 * ({@code models/not-a-digit.gate}, and with {@code --doodles} its second network {@code not-a-digit-2.gate}), so
 * those files can be rebuilt from the code with one command each.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Train the network that tells digits from non-digits (MNIST against generated doodles; with "
                + "--doodles, the gate's second network, against people's doodles too).")
public final class GateCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Mixin
    DoodlesOption doodlesOption;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the gate (the app "
            + "reads models/not-a-digit.gate, and with --doodles models/not-a-digit-2.gate beside it)")
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
        List<PeoplesDoodles.Category> people = List.of();
        if (doodlesOption.given()) {
            Optional<List<PeoplesDoodles.Category>> half = doodlesOption.trainingHalf(services);
            if (half.isEmpty()) {
                return 1;
            }
            people = half.get();
        }
        services.out().printf("Training the digit gate%s: %,d MNIST digits and %,d more drawn on the pad, against %,d "
                + "generated non-digits of %d kinds and %,d random stroke programs%s, %d epochs%n",
                people.isEmpty() ? "" : "'s second network", RECIPE.digits(), RECIPE.drawn(), RECIPE.nonDigits(),
                NotDigits.Kind.values().length, RECIPE.programs(), people.isEmpty() ? "" : String.format(
                        " and %,d people's doodles of %d categories", people.stream().mapToInt(c -> c.drawings().size())
                                .sum(), people.size()), RECIPE.epochs());
        var digits = dataOption.loader(services).train().limit(RECIPE.trainingDigits());
        List<PeoplesDoodles.Category> taught = people;
        return HelperTraining.run(services, RECIPE.epochs(), (control, hooks) -> taught.isEmpty()
                ? GateTraining.train(RECIPE, digits, seed, control, hooks)
                : GateTraining.train(RECIPE, digits, taught, seed, control, hooks), DigitGate::save, out, force);
    }
}
