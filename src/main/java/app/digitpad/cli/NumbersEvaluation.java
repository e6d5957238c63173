package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.segment.NumberBenchmark;
import app.digitpad.segment.NumberLayouts;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.NumberSource;
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
 * {@code evaluate --numbers N}: numbers made of the test digits (MNIST's, or a folder's own) or drawn in fonts
 * ({@code --fonts}, an outside test) read as
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
     * @param oneSource    every digit of a number comes from one source (a font), named once per misread
     * @param barLengths   only the lengths the bars are for ({@link NumberBenchmark#BAR_LONGEST} at most)
     * @param json         one JSON object instead of lines
     */
    record Options(int numbers, Long seed, StrokeGaps gaps, IntFunction<String> misreadNames, boolean oneSource,
                   boolean barLengths, boolean json) {

        int longest() {
            return barLengths ? NumberBenchmark.BAR_LONGEST : NumberBenchmark.LONGEST;
        }
    }

    /** Numbers made of the set's test digits. */
    static int run(Services services, Checkpoint.Loaded loaded, MnistSet test, Options options)
            throws JsonProcessingException {
        return run(services, loaded, new NumberLayouts(test, options.gaps()), test.name(),
                String.format(Locale.ROOT, "%,d digits of %s", test.size(), test.name()), options);
    }

    /**
     * Numbers from {@code source}, which {@code name} names in JSON ("digits": the set's name, as before fonts) and
     * {@code madeOf} for people ("1,000 digits of mnist-test").
     */
    static int run(Services services, Checkpoint.Loaded loaded, NumberSource source, String name, String madeOf,
                   Options options)
            throws JsonProcessingException {
        NumberReader reader = reader(services, loaded);
        long made = options.seed() == null ? NumberBenchmark.SEED : options.seed();
        StrokeGaps gaps = options.gaps();
        List<NumberBenchmark.Misread> misreads = new ArrayList<>();
        Consumer<NumberBenchmark.Misread> kept = options.misreadNames() == null ? m -> { } : misreads::add;
        List<NumberBenchmark.Cell> cells = NumberBenchmark.run(reader, source, made,
                options.numbers(), NumberBenchmark.SHORTEST, options.longest(), kept);
        if (options.json()) {
            services.out().println(new ObjectMapper().writeValueAsString(asJson(loaded, name, options, made, cells,
                    misreads)));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s, %d numbers per gap kind and length made of %s, "
                + "seed %d%s: digit-string accuracy (per-digit accuracy)%n", loaded.checkpoint().file(),
                options.numbers(), madeOf, made, gaps.share() == 0 ? ""
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
            listMisreads(services, misreads, options);
        }
        return 0;
    }

    /** The reader {@code predict --number} reads a file with: this model, the bundled gate and judge. */
    static NumberReader reader(Services services, Checkpoint.Loaded loaded) {
        return new NumberReader(new Predictor(loaded.network(), loaded.checkpoint().file().toString()),
                DigitGate.load(services.models().gate()), SegmentJudge.load(services.models().segmentJudge()));
    }

    /** Each gap kind's numbers of the lengths the bars are for. */
    private static List<NumberBenchmark.Cell> totals(List<NumberBenchmark.Cell> cells) {
        return Arrays.stream(NumberLayouts.Gap.values()).map(gap -> NumberBenchmark.total(cells, gap,
                NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST)).toList();
    }

    /** The same figures as the lines, as one object: every cell, the totals (their length 0), the misreads if asked. */
    private static Map<String, Object> asJson(Checkpoint.Loaded loaded, String name, Options options, long made,
                                              List<NumberBenchmark.Cell> cells, List<NumberBenchmark.Misread> misreads) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", loaded.checkpoint().file().toString());
        o.put("digits", name);
        o.put("seed", made);
        o.put("numbersPerCell", options.numbers());
        o.put("brokenShare", options.gaps().share());
        o.put("cells", cells);
        o.put("totals2to" + NumberBenchmark.BAR_LONGEST, totals(cells));
        if (options.misreadNames() != null) {
            o.put("misreads", misreads.stream().map(m -> misread(m, options)).toList());
        }
        return o;
    }

    private static Map<String, Object> misread(NumberBenchmark.Misread m, Options options) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("gap", m.gap());
        o.put("length", m.length());
        o.put("written", m.truth());
        o.put("read", m.read());
        o.put("inDoubt", m.inDoubt());
        if (options.oneSource()) {
            o.put("source", written(m, options).get(0));
        } else {
            o.put("images", written(m, options));
        }
        return o;
    }

    /**
     * The names of the images a misread number's digits came from, in the order they were written; or, when a
     * number's digits all come from one source, its name alone.
     */
    private static List<String> written(NumberBenchmark.Misread m, Options options) {
        List<String> names = Arrays.stream(m.sources()).mapToObj(options.misreadNames()).toList();
        return options.oneSource() ? names.subList(0, 1) : names;
    }

    private static void listMisreads(Services services, List<NumberBenchmark.Misread> misreads, Options options) {
        services.out().printf(Locale.ROOT, "Read wrong: %d (gap kind, digits: written -> read, and the %s)%n",
                misreads.size(), options.oneSource() ? "font written in" : "images written");
        for (NumberBenchmark.Misread m : misreads) {
            services.out().printf(Locale.ROOT, "  %-8s %d: %s -> %s%s; %s%n", m.gap(), m.length(), m.truth(),
                    m.read().isEmpty() ? "nothing" : m.read(), m.inDoubt() ? " (in doubt)" : "",
                    String.join(" ", written(m, options)));
        }
    }
}
