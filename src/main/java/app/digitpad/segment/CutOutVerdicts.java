package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The not-a-digit gate's word on a digit cut out of touching ones, weighed against the judge's and the model's:
 * the gate learned whole drawings, not digits with a cut edge and a sliver of their neighbour, and refused
 * strangers' wide 0s cut out of touching numbers that the model read 100% sure and the judge took for one digit.
 * The refusal then had the split into one digit more tried, which cut a thin "1" off the 0 ({@code 7630} read
 * {@code 76310}). Only the gate's refusal is weighed: the shape rules (a line, specks, too much ink) stand. Any
 * thread; no state.
 */
final class CutOutVerdicts {

    /**
     * A cut-out digit the gate refuses is read without the gate when its score in the split (the judge's times
     * the model's confidence, {@link CutSearch}) is at least this. Chosen on made numbers of seeds 7 and 8, never
     * the benchmark's (BENCHMARKS.md): touching numbers of real handwriting 515 -> 522 of 600 at 0.5 and at 0.2,
     * 520 at 0.05; MNIST-made 557 -> 563; narrow numbers unchanged.
     */
    static final double TRUSTED = 0.5;

    private CutOutVerdicts() {
    }

    /**
     * The readings of a split's digits ({@code read}, one per digit of {@code split}, in its order) with every
     * gate refusal of a cut-out digit scored at least {@link #TRUSTED} replaced by the network's own answer (the
     * reading already holds it: nothing is read twice).
     */
    static List<DigitReading> weighed(CutSearch.Split split, List<DigitReading> read) {
        if (split.digits().size() < 2 || read.size() != split.digits().size()) {
            return read;
        }
        List<DigitReading> out = new ArrayList<>(read);
        for (int k = 0; k < read.size(); k++) {
            DigitReading digit = read.get(k);
            if (digit.verdict().byGateAlone() && split.scores()[k] >= TRUSTED) {
                out.set(k, digit.withVerdict(digit.verdict().withoutGate()));
            }
        }
        return out;
    }
}
