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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * {@code evaluate --numbers N}: numbers made of the test digits (MNIST's, or a folder's own) read as
 * {@code predict --number} reads a file, with the bundled gate and judge; a line per gap kind and length, then
 * each gap kind's totals (strings, digits, doubt); with {@code --misreads}, every wrong string and the images it
 * was made of, so a figure can be looked into; with {@code --json}, all of it as one object for a script. Writes no
 * files. Called on the command's thread.
 */
final class NumbersEvaluation {

    private NumbersEvaluation() {
    }

    /**
     * What to evaluate on the set's digits.
     *
     * @param numbers      numbers per gap kind and length
     * @param seed         null: the benchmark's own numbers ({@link NumberBenchmark#SEED})
     * @param misreadNames names the digit at an index of the set (null: misreads are not listed)
     * @param barLengths   only the lengths the bars are for ({@link NumberBenchmark#BAR_LONGEST} at most)
     * @param json         one JSON object instead of lines
     */
    record Options(int numbers, Long seed, StrokeGaps gaps, IntFunction<String> misreadNames, boolean barLengths,
                   boolean json) {

        int longest() {
            return barLengths ? NumberBenchmark.BAR_LONGEST : NumberBenchmark.LONGEST;
        }
    }

    static int run(Services services, Checkpoint.Loaded loaded, MnistSet test, Options options)
            throws JsonProcessingException {
        NumberReader reader = new NumberReader(new Predictor(loaded.network(), loaded.checkpoint().file().toString()),
                DigitGate.load(services.models().gate()), SegmentJudge.load(services.models().segmentJudge()));
        long made = options.seed() == null ? NumberBenchmark.SEED : options.seed();
        StrokeGaps gaps = options.gaps();
        List<NumberBenchmark.Misread> misreads = new ArrayList<>();
        Consumer<NumberBenchmark.Misread> kept = options.misreadNames() == null ? m -> { } : misreads::add;
        List<NumberBenchmark.Cell> cells = NumberBenchmark.run(reader, new NumberLayouts(test, gaps), made,
                options.numbers(), NumberBenchmark.SHORTEST, options.longest(), kept);
        if (options.json()) {
            services.out().println(new ObjectMapper().writeValueAsString(asJson(loaded, test, options, made, cells,
                    misreads)));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s, %d numbers per gap kind and length made of %,d digits of %s, "
                + "seed %d%s: digit-string accuracy (per-digit accuracy)%n", loaded.checkpoint().file(),
                options.numbers(), test.size(), test.name(), made, gaps.share() == 0 ? ""
                        : String.format(Locale.ROOT, ", %.0f%% of the digits broken by a gap", 100 * gaps.share()));
        for (NumberBenchmark.Cell c : cells) {
            services.out().printf(Locale.ROOT, "  %-8s %d digits: %.3f (%.3f)%n", c.gap(), c.length(),
                    c.stringAccuracy(), c.digitAccuracy());
        }
        for (NumberBenchmark.Cell t : totals(cells)) {
            services.out().printf(Locale.ROOT, "%-8s %d-%d digits: strings %.4f (%d of %d), digits %.4f; in doubt: "
                            + "%d of %d wrong, %d of %d right; sure and wrong %.4f%n", t.gap(),
                    NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST, t.stringAccuracy(), t.stringsRight(),
                    t.strings(), t.digitAccuracy(), t.wrongInDoubt(), t.strings() - t.stringsRight(),
                    t.rightInDoubt(), t.stringsRight(), t.sureAndWrong());
        }
        if (options.misreadNames() != null) {
            listMisreads(services, misreads, options.misreadNames());
        }
        return 0;
    }

    /** Each gap kind's numbers of the lengths the bars are for. */
    private static List<NumberBenchmark.Cell> totals(List<NumberBenchmark.Cell> cells) {
        return Arrays.stream(NumberLayouts.Gap.values()).map(gap -> NumberBenchmark.total(cells, gap,
                NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST)).toList();
    }

    /** The same figures as the lines, as one object: every cell, the totals (their length 0), the misreads if asked. */
    private static Map<String, Object> asJson(Checkpoint.Loaded loaded, MnistSet test, Options options, long made,
                                              List<NumberBenchmark.Cell> cells, List<NumberBenchmark.Misread> misreads) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", loaded.checkpoint().file().toString());
        o.put("digits", test.name());
        o.put("seed", made);
        o.put("numbersPerCell", options.numbers());
        o.put("brokenShare", options.gaps().share());
        o.put("cells", cells);
        o.put("totals2to" + NumberBenchmark.BAR_LONGEST, totals(cells));
        if (options.misreadNames() != null) {
            o.put("misreads", misreads.stream().map(m -> misread(m, options.misreadNames())).toList());
        }
        return o;
    }

    private static Map<String, Object> misread(NumberBenchmark.Misread m, IntFunction<String> names) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("gap", m.gap());
        o.put("length", m.length());
        o.put("written", m.truth());
        o.put("read", m.read());
        o.put("inDoubt", m.inDoubt());
        o.put("images", images(m, names));
        return o;
    }

    /** The names of the images a misread number's digits came from, in the order they were written. */
    private static List<String> images(NumberBenchmark.Misread m, IntFunction<String> names) {
        return Arrays.stream(m.sources()).mapToObj(names).toList();
    }

    private static void listMisreads(Services services, List<NumberBenchmark.Misread> misreads,
                                     IntFunction<String> names) {
        services.out().printf(Locale.ROOT, "Read wrong: %d (gap kind, digits: written -> read, and the images "
                + "written)%n", misreads.size());
        for (NumberBenchmark.Misread m : misreads) {
            services.out().printf(Locale.ROOT, "  %-8s %d: %s -> %s%s; %s%n", m.gap(), m.length(), m.truth(),
                    m.read().isEmpty() ? "nothing" : m.read(), m.inDoubt() ? " (in doubt)" : "",
                    String.join(" ", images(m, names)));
        }
    }
}
