package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.EvaluationReport;
import app.digitpad.inference.Evaluator;
import app.digitpad.inference.Predictor;
import app.digitpad.personal.PersonalData;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What plain {@code evaluate} prints: accuracy, per-digit accuracy and the confusion matrix, and for a folder's
 * own digits the verdicts {@code predict} and the pad give them. Writes no files; called on the command's thread.
 */
final class AccuracyEvaluation {

    private AccuracyEvaluation() {
    }

    /** Plain accuracy, per digit and the confusion matrix; with a folder's own digits, their verdicts too. */
    static int report(Services services, Checkpoint.Loaded loaded, MnistSet set, String what, PersonalData own,
                      boolean json) throws Exception {
        EvaluationReport r = Evaluator.evaluate(loaded.network(), set);
        Map<String, Integer> verdicts = own == null ? null : verdicts(services, loaded, own, set.size());
        if (json) {
            Map<String, Object> o = new java.util.LinkedHashMap<>(Map.of("accuracy", r.accuracy(), "loss", r.loss(),
                    "count", r.count(), "perClass", r.perClass(), "confusion", r.confusion()));
            if (verdicts != null) {
                o.put("verdicts", verdicts);
            }
            services.out().println(new ObjectMapper().writeValueAsString(o));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s on %d %s: accuracy %.4f, loss %.4f%n",
                loaded.checkpoint().file(), r.count(), what, r.accuracy(), r.loss());
        if (verdicts != null) {
            services.out().printf(Locale.ROOT, "  verdicts, as predict and the pad give them: %d digit, %d not sure, "
                    + "%d not a digit%n", verdicts.get("digit"), verdicts.get("unsure"), verdicts.get("not-a-digit"));
        }
        for (int d = 0; d < r.perClass().length; d++) {
            if (java.util.Arrays.stream(r.confusion()[d]).sum() == 0) {
                services.out().printf(Locale.ROOT, "  digit %d: none in the set%n", d);
            } else {
                services.out().printf(Locale.ROOT, "  digit %d: %.4f%n", d, r.perClass()[d]);
            }
        }
        services.out().println("Confusion (rows: actual, columns: predicted):");
        services.out().println("      " + row(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        for (int d = 0; d < r.confusion().length; d++) {
            services.out().println("  " + d + ":  " + row(r.confusion()[d]));
        }
        return 0;
    }

    /**
     * How many of the first {@code count} digits of a folder get each verdict (shape rules, gate, model) on the ink
     * they were made from: the same answer {@code predict} and the pad give, beside the network's accuracy.
     */
    private static Map<String, Integer> verdicts(Services services, Checkpoint.Loaded loaded, PersonalData own,
                                                 int count)
            throws java.io.IOException {
        Predictor predictor = new Predictor(loaded.network(), loaded.checkpoint().file().getFileName().toString());
        Optional<DigitGate> gate = DigitGate.load(services.models().gate());
        Map<String, Integer> out = new java.util.LinkedHashMap<>(Map.of("digit", 0, "unsure", 0, "not-a-digit", 0));
        for (PersonalData.Item item : own.items().subList(0, count)) {
            String kind = Verdict.read(predictor, gate, own.ink(item)).map(v -> switch (v.kind()) {
                case DIGIT -> "digit";
                case UNSURE -> "unsure";
                case NOT_A_DIGIT -> "not-a-digit";
            }).orElse("not-a-digit");
            out.merge(kind, 1, Integer::sum);
        }
        return out;
    }

    private static String row(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            sb.append(String.format(Locale.ROOT, "%6d", v));
        }
        return sb.toString();
    }
}
