package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The not-a-digit gate's word on a digit of a number, weighed against the judge's and the model's. The gate
 * learned whole drawings alone on a pad, where a doodle is as likely as a digit; on a line of digits it is not.
 * It refused strangers' wide 0s cut out of touching numbers that the model read 100% sure and the judge took
 * for one digit (the refusal then had the split into one digit more tried, which cut a thin "1" off the 0:
 * {@code 7630} read {@code 76310}); and it refuses about one MNIST test digit in 600 even alone (slanted thin
 * 0s: {@code 0813} read {@code ?813}). Only the gate's refusal is weighed: the shape rules (a line, specks,
 * too much ink) stand. Any thread; no state.
 */
final class NumberVerdicts {

    /**
     * A cut-out digit the gate refuses is read without the gate when its score in the split (the judge's times
     * the model's confidence, {@link CutSearch}) is at least this. Chosen on made numbers of seeds 7 and 8, never
     * the benchmark's (BENCHMARKS.md): touching numbers of real handwriting 515 -> 522 of 600 at 0.5 and at 0.2,
     * 520 at 0.05; MNIST-made 557 -> 563; narrow numbers unchanged.
     */
    static final double TRUSTED = 0.5;

    /**
     * A group read whole, on a line with other groups, that the gate refuses is read without it when its score is
     * at least this. Chosen on MNIST-made wide and narrow numbers of seed 42 (never the benchmark's) against
     * people's doodles written between two digits ({@link DoodlesInNumbers}, BENCHMARKS.md): wrong of 5,000
     * numbers 123 -> 120 / 118 / 116 / 114 at 0.99 / 0.95 / 0.9 / 0.8; doodles taken for a digit 519 -> 519 /
     * 520 / 522 / 534 of 1,690 (646 at 0.5).
     */
    static final double TRUSTED_WHOLE = 0.9;

    private NumberVerdicts() {
    }

    /**
     * The readings of a split's digits ({@code read}, one per digit of {@code split}, in its order) with every
     * gate refusal scored well enough replaced by the network's own answer (the reading already holds it: nothing
     * is read twice): a cut-out digit's at {@link #TRUSTED}, a whole group's at {@link #TRUSTED_WHOLE} when
     * {@code amongOthers} (the line holds other groups; a group alone is a drawing, and {@code predict} says of
     * it what the gate says).
     */
    static List<DigitReading> weighed(CutSearch.Split split, List<DigitReading> read, boolean amongOthers) {
        if (read.size() != split.digits().size()) {
            return read;
        }
        boolean cutOut = split.digits().size() > 1;
        if (!cutOut && !amongOthers) {
            return read;
        }
        double trusted = cutOut ? TRUSTED : TRUSTED_WHOLE;
        List<DigitReading> out = new ArrayList<>(read);
        for (int k = 0; k < read.size(); k++) {
            DigitReading digit = read.get(k);
            if (digit.verdict().byGateAlone() && split.scores()[k] >= trusted) {
                out.set(k, digit.withVerdict(digit.verdict().withoutGate()));
            }
        }
        return out;
    }
}
