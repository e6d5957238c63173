package app.digitpad.cli;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import app.digitpad.segment.DigitVariation;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.segment.SegmentTraining;
import app.digitpad.verdict.PeoplesDoodles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad segments}: trains the network that judges where touching digits are cut
 * ({@code models/touching-digits.judge}), so the bundled file can be rebuilt from the code with one command.
 */
@Command(name = "segments", mixinStandardHelpOptions = true,
        description = "Train the network that judges where a number's touching digits are cut (numbers made of MNIST training digits).")
public final class SegmentsCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "where to write the judge (the app reads models/touching-digits.judge)")
    Path out;
    @Option(names = "--force", description = "replace an existing --out file")
    boolean force;
    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;
    @Option(names = "--numbers", converter = Counts.AtLeastOne.class, paramLabel = "N", description = "made numbers to cut examples from (default: ${DEFAULT-VALUE})")
    int numbers = SegmentTraining.NUMBERS;
    @Option(names = "--epochs", converter = Counts.AtLeastOne.class, paramLabel = "N", description = "passes over the examples (default: ${DEFAULT-VALUE})")
    int epochs = SegmentTraining.EPOCHS;
    @Option(names = "--augment", description = "vary the digits before they are placed, as other writers differ: "
            + "tilt, slant, size, pen width, a quarter broken by a gap (default: MNIST's digits as they are)")
    boolean augment;
    @Mixin
    DoodlesOption doodlesOption;
    @Option(names = "--from", paramLabel = "FILE", description = "train the network in this judge file further "
            + "instead of a new one (the file's own network; members beside it are not read), e.g. one epoch "
            + "with --doodles from the bundled judge of the same seed")
    Path from;

    private final Services services;

    public SegmentsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (!HelperTraining.mayWrite(services, out, force)) {
            return 1;
        }
        int drawings = doodlesOption.given() ? drawings() : 0;
        if (drawings < 0) {
            return 1;
        }
        Optional<Network> start = Optional.empty();
        if (from != null) {
            try {
                start = Optional.of(SegmentTraining.start(from));
            } catch (IOException e) {
                services.err().println("error: --from " + from.toAbsolutePath() + ": not a touching-digits judge that "
                        + "can be trained further (" + e.getMessage() + "); give a file `segments` wrote, such as "
                        + "models/touching-digits.judge");
                return 1;
            }
        }
        services.out().printf("Training the segment judge%s: cuts of %,d numbers made of MNIST training digits%s%s, "
                + "%d epoch%s%n",
                from == null ? "" : " further, from " + from, numbers,
                augment ? " varied as other writers differ" : "", drawings == 0 ? "" : String.format(
                        " and of %,d with one of %,d people's doodles between two digits",
                        Math.round(numbers * SegmentTraining.DOODLE_SHARE), drawings), epochs, epochs == 1 ? "" : "s");
        services.out().flush();
        MnistSet digits = dataOption.loader(services).train();
        SegmentTraining.Doodles doodles = drawings == 0 ? SegmentTraining.Doodles.NONE
                : () -> PeoplesDoodles.drawings(doodlesOption.trainingHalf(services).orElseThrow(
                        () -> new IOException("--doodles: the drawings could not be read a second time")));
        SegmentTraining.Recipe recipe = new SegmentTraining.Recipe(seed, numbers, epochs,
                augment ? DigitVariation.WRITERS : DigitVariation.NONE, doodles, start);
        return HelperTraining.run(services, epochs,
                (control, hooks) -> SegmentTraining.train(digits, recipe, control, hooks),
                SegmentJudge::save, out, force);
    }

    /**
     * How many drawings the training half of {@code --doodles} holds, or -1 after saying what is wrong: read here to
     * fail before anything is trained, and let go, as the training reads them again when it needs them.
     */
    private int drawings() {
        Optional<List<PeoplesDoodles.Category>> half = doodlesOption.trainingHalf(services);
        return half.map(h -> PeoplesDoodles.drawings(h).size()).orElse(-1);
    }
}
