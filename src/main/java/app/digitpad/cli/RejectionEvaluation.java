package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.PeoplesDoodles;
import app.digitpad.verdict.RejectionBenchmark;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code evaluate --rejection} prints: the generated non-digits and MNIST's digits of the benchmark, and with
 * {@code --doodles} the doodles people drew of the categories no gate learns from (kind-disjoint on people's
 * drawings: the figure nearest to a stranger's doodle). Writes no files.
 */
final class RejectionEvaluation {

    /** The categories named as the least rejected. */
    private static final int WORST = 8;

    private RejectionEvaluation() {
    }

    static int report(Services services, Checkpoint.Loaded loaded, int testSize, RejectionBenchmark.Report r,
                      DoodlesOption doodlesOption, boolean json) throws Exception {
        Optional<RejectionBenchmark.DoodlesReport> people = Optional.empty();
        if (doodlesOption.given()) {
            Optional<List<PeoplesDoodles.Category>> categories = doodlesOption.categories(services);
            if (categories.isEmpty()) {
                return 1;
            }
            people = Optional.of(RejectionBenchmark.peoplesDoodles(loaded.network(),
                    DigitGate.load(services.models().gate()), PeoplesDoodles.heldOutHalf(categories.get())));
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode out = mapper.valueToTree(r);
            people.ifPresent(p -> out.set("peoplesDoodles", mapper.valueToTree(p)));
            services.out().println(mapper.writeValueAsString(out));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s: answered \"not a digit\"%n", loaded.checkpoint().file());
        services.out().printf(Locale.ROOT, "  generated non-digits (%d kinds): %.4f%n", r.negativesRejected().size(),
                r.negativeRate());
        r.negativesRejected().forEach((k, v) -> services.out().printf(Locale.ROOT, "    %-16s %.4f%n",
                k.name().toLowerCase(Locale.ROOT), v));
        services.out().printf(Locale.ROOT, "  MNIST test digits (%d): %.4f; accuracy of the accepted ones %.4f%n",
                testSize, r.mnistRejected(), r.acceptedAccuracy());
        r.drawnRejected().forEach((d, v) -> services.out().printf(Locale.ROOT, "  drawn %-18s %.4f%n",
                d.name().toLowerCase(Locale.ROOT), v));
        people.ifPresent(p -> doodles(services, p));
        return 0;
    }

    private static void doodles(Services services, RejectionBenchmark.DoodlesReport p) {
        services.out().printf(Locale.ROOT, "  doodles people drew (Quick, Draw!, %d categories no gate learns from, "
                + "%d drawings): %.4f%n", p.perCategory().size(), p.drawings(), p.rate());
        StringBuilder worst = new StringBuilder();
        p.perCategory().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).limit(WORST)
                .forEach(e -> worst.append(String.format(Locale.ROOT, "%s%s %.2f", worst.isEmpty() ? "" : ", ",
                        e.getKey(), e.getValue())));
        services.out().println("    least rejected: " + worst);
    }
}
