package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.GateTraining;
import app.digitpad.verdict.LeaveOneKindOut;
import app.digitpad.verdict.NotDigits;
import app.digitpad.verdict.PeoplesDoodles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code evaluate --rejection --leave-one-kind-out [--together]}: the kind-disjoint rejection table, a line per
 * kind as each gate finishes (a gate training per kind, so the run is long), Ctrl+C stopping after the current step
 * with the rows so far. Writes no files.
 */
final class KindsLeftOut {

    private KindsLeftOut() {
    }

    /** What a stopped run says: how far it got, and the option that measures the kinds it did not reach. */
    static String stopped(List<NotDigits.Kind> asked, List<LeaveOneKindOut.Row> rows) {
        Set<NotDigits.Kind> done = rows.stream().map(LeaveOneKindOut.Row::kind).collect(Collectors.toSet());
        String rest = asked.stream().filter(k -> !done.contains(k)).map(KindsLeftOut::name)
                .collect(Collectors.joining(","));
        return "Stopped after " + rows.size() + " of " + asked.size() + " kinds; to measure the rest: --kinds " + rest;
    }

    static int run(Services services, Checkpoint.Loaded loaded, MnistLoader loader, MnistSet test,
                   List<NotDigits.Kind> kinds, long seed, boolean together, DoodlesOption doodles, boolean json)
            throws Exception {
        List<NotDigits.Kind> asked = kinds == null || kinds.isEmpty() ? List.of(NotDigits.Kind.values()) : kinds;
        MnistSet train = loader.train().limit(GateTraining.Recipe.BUNDLED.trainingDigits());
        Optional<List<PeoplesDoodles.Category>> people = doodles.given() ? doodles.trainingHalf(services)
                : Optional.of(List.of());
        if (people.isEmpty()) {
            return 1;
        }
        List<PeoplesDoodles.Category> taught = people.get();
        if (!json) {
            services.out().println(taught.isEmpty()
                    ? "Each gate is one network, the bundled gate's first (with --doodles DIR, both of its networks)"
                    : "Each gate is two networks as the bundled one: the second also taught people's doodles ("
                    + taught.size() + " categories)");
            services.out().printf(Locale.ROOT, together
                            ? "Leave %d kinds out together: one gate trained the bundled way without any of them, asked "
                            + "about %d new drawings of each (seed %d); MNIST test digits: %d%n"
                            : "Leave one kind out: %d gates, each trained the bundled way without one "
                            + "kind, asked about %d new drawings of it (seed %d); MNIST test digits: %d%n", asked.size(),
                    LeaveOneKindOut.PER_KIND, LeaveOneKindOut.SEED, test.size());
            services.out().printf(Locale.ROOT, "  %-16s %-7s %10s %14s %14s%n", "kind", "family", "left out",
                    "trained on it", "MNIST refused");
        }
        services.err().println("Preparing the examples (a minute or more; Ctrl+C stops after the current step)");
        services.err().flush();
        return TrainCommand.stoppable(services, control -> {
            try (GateProgress bars = new GateProgress(services.err(), gates(asked, together, !taught.isEmpty()),
                    GateTraining.Recipe.BUNDLED.epochs())) {
                return LeaveOneKindOut.run(GateTraining.Recipe.BUNDLED, LeaveOneKindOut.Asked.of(loaded.network()),
                        DigitGate.load(services.models().gate()), train, taught, test, seed, asked, together,
                        new LeaveOneKindOut.Hooks(control, bars, row -> {
                            if (!json) {
                                print(services, row);
                            }
                        }));
            }
        }, rows -> report(services, asked, rows, json));
    }

    private static void print(Services services, LeaveOneKindOut.Row row) {
        services.out().printf(Locale.ROOT, "  %-16s %-7s %9.1f%% %13.1f%% %13.2f%%%n", name(row.kind()),
                row.kind().family().name().toLowerCase(Locale.ROOT), 100 * row.leftOut(), 100 * row.withAll(),
                100 * row.mnistRejected());
        services.out().flush();
    }

    /** The mean (or the JSON of every row), and on a stop what is left; the exit status. */
    private static int report(Services services, List<NotDigits.Kind> asked, List<LeaveOneKindOut.Row> rows,
                              boolean json) {
        try {
            if (json) {
                services.out().println(new ObjectMapper().writeValueAsString(rows));
            } else if (!rows.isEmpty()) {
                long under = rows.stream().filter(r -> r.leftOut() < 0.8).count();
                services.out().printf(Locale.ROOT, "  mean left out %.1f%% over %d kinds; %d under 80%%%n",
                        100 * LeaveOneKindOut.mean(rows), rows.size(), under);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (rows.size() < asked.size()) {
            services.err().println(stopped(asked, rows));
            return 130;
        }
        return 0;
    }

    /**
     * What each gate leaves out, in the order they train: a kind each, or all at once; with people's doodles a
     * gate is two networks, each trained on its own.
     */
    static List<String> gates(List<NotDigits.Kind> asked, boolean together, boolean pair) {
        List<String> left = together ? List.of(asked.size() + " kinds")
                : asked.stream().map(KindsLeftOut::name).toList();
        if (!pair) {
            return left;
        }
        return left.stream().flatMap(k -> Stream.of(k + " (network 1/2)", k + " (network 2/2)")).toList();
    }

    /** A kind as {@code --kinds} takes it. */
    static String name(NotDigits.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
