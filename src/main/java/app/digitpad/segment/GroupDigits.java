package app.digitpad.segment;

import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the digits of a number's groups once they are split, all of them in one batch: the digit model and the
 * gate have a fixed cost per call (a millisecond or two for the bundled networks, whatever the batch), which a
 * call per digit paid again for every digit of the number (BENCHMARKS.md, "A number's digits read in one call").
 * Each digit is read as {@link Verdict#readingsInNumber} reads it, the same answer as one at a time. One use, on
 * the thread that reads the number.
 */
final class GroupDigits {

    /** Each group's digits, left to right, and whether its split is in doubt. */
    record Groups(List<List<DigitReading>> digits, boolean[] doubted) {
    }

    /** Whether the pieces of group {@code g} were cut out of one group of ink. */
    private interface CutOut {
        boolean test(int g);
    }

    private final Predictor predictor;
    private final Optional<DigitGate> gate;
    private final Detail detail;
    private final NumberReader.Line line;

    GroupDigits(Predictor predictor, Optional<DigitGate> gate, Detail detail, NumberReader.Line line) {
        this.predictor = predictor;
        this.gate = gate;
        this.detail = detail;
        this.line = line;
    }

    /** Each group read whole, as one digit (no judge to cut it): never in doubt. */
    Groups whole(List<Piece> groups) {
        return new Groups(read(groups.stream().map(List::of).toList(), g -> false), new boolean[groups.size()]);
    }

    /** The pad's groups split between their strokes ({@link StrokeSplit}): in doubt where the split is. */
    Groups ofSplits(List<CutSearch.Split> splits) {
        boolean[] doubted = new boolean[splits.size()];
        for (int g = 0; g < splits.size(); g++) {
            doubted[g] = NumberReader.inDoubt(splits.get(g));
        }
        return new Groups(read(digitsOf(splits), g -> false), doubted);
    }

    /**
     * The groups cut where digits touch ({@link CutSearch}), weighed by {@link NumberVerdicts}; where a digit is
     * then refused, the split into one digit more is read (all such in a second batch) and kept when it reads as
     * digits throughout, and where one is refused still, the ink around it is read again ({@link Rejoin}). In doubt
     * where the split is, where it was repaired so, or where a cut-out digit is unsure.
     */
    Groups ofCuts(List<CutSearch.Split> splits) {
        List<List<DigitReading>> read = read(digitsOf(splits), g -> splits.get(g).digits().size() > 1);
        List<List<DigitReading>> digits = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int g = 0; g < splits.size(); g++) {
            digits.add(NumberVerdicts.weighed(splits.get(g), read.get(g), splits.size() > 1));
            if (refused(digits.get(g)) && !splits.get(g).oneMore().isEmpty()) {
                refused.add(g);
            }
        }
        List<List<DigitReading>> more = read(refused.stream().map(g -> splits.get(g).oneMore()).toList(), g -> true);
        boolean[] doubted = new boolean[splits.size()];
        for (int g = 0; g < splits.size(); g++) {
            int r = refused.indexOf(g);
            boolean repaired = r >= 0 && !refused(more.get(r));
            if (repaired) {
                digits.set(g, more.get(r));
            }
            doubted[g] = repaired || NumberReader.inDoubt(splits.get(g)) || NumberReader.unsure(digits.get(g));
        }
        Rejoin.repair(splits, digits, doubted, line, detail.width(), this::wholeDigits);
        return new Groups(digits, doubted);
    }

    /** Each piece read as one whole digit, all in one batch. */
    private List<Optional<DigitReading>> wholeDigits(List<Piece> pieces) {
        return read(pieces.stream().map(List::of).toList(), g -> false).stream()
                .map(d -> d.stream().findFirst()).toList();
    }

    private static List<List<Piece>> digitsOf(List<CutSearch.Split> splits) {
        return splits.stream().map(CutSearch.Split::digits).toList();
    }

    /**
     * Whether one of these was read as no digit at all: two digits left joined usually are, and the split into one
     * digit more is then tried.
     */
    static boolean refused(List<DigitReading> digits) {
        return digits.stream().anyMatch(d -> d.verdict().kind() == Verdict.Kind.NOT_A_DIGIT);
    }

    /**
     * Each group's pieces read as digits, left to right (a piece without ink gives nothing), all groups' pieces in
     * one batch; pieces cut out of one group ({@code cut}) can leave bits of a neighbour apart, never taken for a
     * dot apart.
     */
    private List<List<DigitReading>> read(List<List<Piece>> groups, CutOut cut) {
        List<Piece> parts = groups.stream().flatMap(List::stream).toList();
        List<GrayImage> alone = new ArrayList<>();
        boolean[] cutOut = new boolean[parts.size()];
        for (int g = 0, i = 0; g < groups.size(); g++) {
            boolean cutHere = cut.test(g);
            for (Piece part : groups.get(g)) {
                cutOut[i++] = cutHere;
                alone.add(detail.alone(line, part, cutHere));
            }
        }
        List<Optional<Verdict.Reading>> readings = Verdict.readingsInNumber(predictor, gate, alone, cutOut);
        List<List<DigitReading>> out = new ArrayList<>();
        int i = 0;
        for (List<Piece> group : groups) {
            List<DigitReading> mine = new ArrayList<>();
            for (int k = 0; k < group.size(); k++, i++) {
                if (readings.get(i).isPresent()) {
                    Verdict.Reading r = readings.get(i).get();
                    mine.add(new DigitReading(parts.get(i).box(), r.verdict(), r.input(), alone.get(i)));
                }
            }
            out.add(mine);
        }
        return out;
    }
}
