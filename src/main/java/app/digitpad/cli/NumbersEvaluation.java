package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.segment.NumberBenchmark;
import app.digitpad.segment.NumberLayouts;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.segment.StrokeGaps;
import app.digitpad.verdict.DigitGate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * {@code evaluate --numbers N}: numbers made of the test digits (MNIST's, or a folder's own) read as
 * {@code predict --number} reads a file, with the bundled gate and judge; a line per gap kind and length, then
 * each gap kind's totals (strings, digits, doubt); with {@code --misreads}, every wrong string and the images it
 * was made of, so a figure can be looked into. Writes no files. Called on the command's thread.
 */
final class NumbersEvaluation {

    private NumbersEvaluation() {
    }

    /**
     * {@code seed} null: the benchmark's own numbers ({@link NumberBenchmark#SEED}); {@code misreadNames} names
     * the digit at an index of {@code test} (null: misreads are not listed).
     */
    static int run(Services services, Checkpoint.Loaded loaded, MnistSet test, StrokeGaps gaps, int numbers,
                   Long seed, IntFunction<String> misreadNames) {
        NumberReader reader = new NumberReader(new Predictor(loaded.network(), loaded.checkpoint().file().toString()),
                DigitGate.load(services.models().gate()), SegmentJudge.load(services.models().segmentJudge()));
        long made = seed == null ? NumberBenchmark.SEED : seed;
        List<NumberBenchmark.Misread> misreads = new ArrayList<>();
        List<NumberBenchmark.Cell> cells = NumberBenchmark.run(reader, new NumberLayouts(test, gaps), made,
                numbers, NumberBenchmark.SHORTEST, NumberBenchmark.LONGEST, misreads::add);
        services.out().printf(Locale.ROOT, "Model %s, %d numbers per gap kind and length made of %,d digits of %s, "
                + "seed %d%s: digit-string accuracy (per-digit accuracy)%n", loaded.checkpoint().file(), numbers,
                test.size(), test.name(), made, gaps.share() == 0 ? ""
                        : String.format(Locale.ROOT, ", %.0f%% of the digits broken by a gap", 100 * gaps.share()));
        for (NumberBenchmark.Cell c : cells) {
            services.out().printf(Locale.ROOT, "  %-8s %d digits: %.3f (%.3f)%n", c.gap(), c.length(),
                    c.stringAccuracy(), c.digitAccuracy());
        }
        for (NumberLayouts.Gap gap : NumberLayouts.Gap.values()) {
            NumberBenchmark.Cell t = NumberBenchmark.total(cells, gap, NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST);
            services.out().printf(Locale.ROOT, "%-8s %d-%d digits: strings %.4f (%d of %d), digits %.4f; in doubt: "
                            + "%d of %d wrong, %d of %d right; sure and wrong %.4f%n", gap,
                    NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST, t.stringAccuracy(), t.stringsRight(),
                    t.strings(), t.digitAccuracy(), t.wrongInDoubt(), t.strings() - t.stringsRight(),
                    t.rightInDoubt(), t.stringsRight(), t.sureAndWrong());
        }
        if (misreadNames != null) {
            listMisreads(services, misreads, misreadNames);
        }
        return 0;
    }

    private static void listMisreads(Services services, List<NumberBenchmark.Misread> misreads,
                                     IntFunction<String> names) {
        services.out().printf(Locale.ROOT, "Read wrong: %d (gap kind, digits: written -> read, and the images "
                + "written)%n", misreads.size());
        for (NumberBenchmark.Misread m : misreads) {
            services.out().printf(Locale.ROOT, "  %-8s %d: %s -> %s%s; %s%n", m.gap(), m.length(), m.truth(),
                    m.read().isEmpty() ? "nothing" : m.read(), m.inDoubt() ? " (in doubt)" : "",
                    Arrays.stream(m.sources()).mapToObj(names).collect(Collectors.joining(" ")));
        }
    }
}
