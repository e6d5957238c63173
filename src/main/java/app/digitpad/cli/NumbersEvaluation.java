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
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluate --numbers N}: numbers made of the test digits (MNIST's, or a folder's own) read as
 * {@code predict --number} reads a file, with the bundled gate and judge; a line per gap kind and length, then
 * each gap kind's totals (strings, digits, doubt). Writes no files. Called on the command's thread.
 */
final class NumbersEvaluation {

    private NumbersEvaluation() {
    }

    /** {@code seed} null: the benchmark's own numbers ({@link NumberBenchmark#SEED}). */
    static int run(Services services, Checkpoint.Loaded loaded, MnistSet test, StrokeGaps gaps, int numbers,
                   Long seed) {
        NumberReader reader = new NumberReader(new Predictor(loaded.network(), loaded.checkpoint().file().toString()),
                DigitGate.load(services.models().gate()), SegmentJudge.load(services.models().segmentJudge()));
        long made = seed == null ? NumberBenchmark.SEED : seed;
        List<NumberBenchmark.Cell> cells = NumberBenchmark.run(reader, new NumberLayouts(test, gaps), made,
                numbers, NumberBenchmark.SHORTEST, NumberBenchmark.LONGEST);
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
        return 0;
    }
}
