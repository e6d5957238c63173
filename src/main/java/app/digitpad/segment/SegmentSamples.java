package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training examples for the {@link SegmentJudge}, cut out of made numbers exactly as {@link NumberReader}
 * cuts a real one (same grouping, line, cuts and candidates), and labelled by which digit's ink each
 * candidate holds: one digit nearly whole and little else is that digit; a fragment, a pair, or a digit
 * with a good piece of its neighbour is {@link SegmentJudge#NOT_ONE_DIGIT}; the few in between are left
 * out; a doodle written into a number ({@link #DOODLE}) and every piece mostly of its ink are not one digit. Every
 * candidate that holds most of two digits is kept, since taking two touching digits for one is
 * the judge's commonest mistake; of the other non-digits a random few. (With all pairs kept, 300 made
 * touching numbers read 87.7% instead of 84.3%; the cut paths changed in the same step.) Any thread; no state.
 */
final class SegmentSamples {

    /** A candidate holding at least this share of one digit's ink ... */
    static final double WHOLE = 0.85;
    /** ... and at most this share of other ink is that digit. */
    static final double CLEAN = 0.15;
    /** Below this share of its best digit, or with more than 1 minus this of other ink, a candidate is not one digit. */
    static final double PARTIAL = 0.7;
    /**
     * Other not-one-digit examples (fragments, a digit with a piece of its neighbour) kept per digit example
     * of a group, chosen at random: there are many more of them than digits.
     */
    static final int NEGATIVES_PER_DIGIT = 2;
    /**
     * Candidates mostly of a doodle's ink ({@link SegmentTraining#DOODLE_SHARE}) kept per group, the first ones in
     * the candidates' order: a scribble can have hundreds, many times its number's digit examples.
     */
    static final int DOODLE_PIECES = 8;
    /** The character a doodle has in a made number's truth: none of its candidates is one digit. */
    static final char DOODLE = '?';

    /** One example: the judge's view and its answer (a digit, or {@link SegmentJudge#NOT_ONE_DIGIT}). */
    record Sample(float[] view, int answer) {
    }

    private SegmentSamples() {
    }

    /** The examples of one made number: every one-digit candidate, and a random few of the others. */
    static List<Sample> of(NumberLayouts.Layout layout, Random random) {
        GrayImage image = layout.image();
        List<Piece> groups = Grouping.of(InkComponents.of(image), image.ink());
        if (groups.isEmpty()) {
            return List.of();
        }
        NumberReader.Line line = NumberReader.Line.of(groups);
        double[] digitInk = inkPerDigit(layout, layout.truth().length());
        List<Sample> out = new ArrayList<>();
        for (Piece group : groups) {
            List<Cut> cuts = CutPaths.of(group, image.ink(), image.width(), line.digitHeight());
            List<Piece> negatives = new ArrayList<>();
            int positives = 0;
            int doodlePieces = 0;
            for (CutSearch.Candidate candidate : CutSearch.candidates(cuts, group, image.width(), line.digitHeight())) {
                int answer = answer(layout, candidate.piece(), digitInk);
                if (answer >= 0 && answer < SegmentJudge.NOT_ONE_DIGIT) {
                    out.add(new Sample(SegmentView.of(image, candidate.piece(), line.box()), answer));
                    positives++;
                } else if (answer == SegmentJudge.NOT_ONE_DIGIT
                        && (digitsMostlyIn(layout, candidate.piece(), digitInk) >= 2
                        || mostlyDoodle(layout, candidate.piece()) && doodlePieces++ < DOODLE_PIECES)) {
                    out.add(new Sample(SegmentView.of(image, candidate.piece(), line.box()), SegmentJudge.NOT_ONE_DIGIT));
                } else if (answer == SegmentJudge.NOT_ONE_DIGIT) {
                    negatives.add(candidate.piece());
                }
            }
            java.util.Collections.shuffle(negatives, random);
            for (Piece piece : negatives.subList(0, Math.min(negatives.size(), NEGATIVES_PER_DIGIT * Math.max(1, positives)))) {
                out.add(new Sample(SegmentView.of(image, piece, line.box()), SegmentJudge.NOT_ONE_DIGIT));
            }
        }
        return out;
    }

    /**
     * The piece's digit, {@link SegmentJudge#NOT_ONE_DIGIT}, or -1 when it is neither clearly. A piece holding
     * more than 1 - {@link #PARTIAL} of another digit's own ink is not one digit, however little ink that is: a
     * thin 1 joined to a 3 is under 15% of their ink, and was taught as a 3 (strangers' 1s then stayed joined).
     */
    static int answer(NumberLayouts.Layout layout, Piece piece, double[] digitInk) {
        float[] ink = layout.image().ink();
        double[] inPiece = new double[digitInk.length];
        double total = 0;
        for (int p : piece.pixels()) {
            total += ink[p];
            if (layout.owners()[p] != NumberLayouts.NO_DIGIT) {
                inPiece[layout.owners()[p]] += ink[p];
            }
        }
        int place = 0;
        for (int d = 1; d < inPiece.length; d++) {
            place = inPiece[d] > inPiece[place] ? d : place;
        }
        if (layout.truth().charAt(place) == DOODLE) {
            return SegmentJudge.NOT_ONE_DIGIT;
        }
        double whole = inPiece[place] / digitInk[place];
        double foreign = 1 - inPiece[place] / total;
        double mostOfAnother = 0;
        for (int d = 0; d < inPiece.length; d++) {
            if (d != place) {
                mostOfAnother = Math.max(mostOfAnother, inPiece[d] / digitInk[d]);
            }
        }
        if (mostOfAnother > 1 - PARTIAL) {
            return SegmentJudge.NOT_ONE_DIGIT;
        }
        if (whole >= WHOLE && foreign <= CLEAN) {
            return layout.truth().charAt(place) - '0';
        }
        return whole < PARTIAL || foreign > 1 - PARTIAL ? SegmentJudge.NOT_ONE_DIGIT : -1;
    }

    /** Whether more than half of the piece's ink is a doodle's. */
    static boolean mostlyDoodle(NumberLayouts.Layout layout, Piece piece) {
        double doodle = 0;
        double total = 0;
        for (int p : piece.pixels()) {
            float ink = layout.image().ink()[p];
            int owner = layout.owners()[p];
            total += ink;
            doodle += owner != NumberLayouts.NO_DIGIT && layout.truth().charAt(owner) == DOODLE ? ink : 0;
        }
        return doodle > 0.5 * total;
    }

    /** How many digits have at least half their ink in the piece. */
    static int digitsMostlyIn(NumberLayouts.Layout layout, Piece piece, double[] digitInk) {
        double[] inPiece = new double[digitInk.length];
        for (int p : piece.pixels()) {
            if (layout.owners()[p] != NumberLayouts.NO_DIGIT) {
                inPiece[layout.owners()[p]] += layout.image().ink()[p];
            }
        }
        int n = 0;
        for (int d = 0; d < digitInk.length; d++) {
            n += inPiece[d] >= 0.5 * digitInk[d] ? 1 : 0;
        }
        return n;
    }

    /** Each digit's ink above the ink threshold, as the components see it. */
    static double[] inkPerDigit(NumberLayouts.Layout layout, int digits) {
        double[] out = new double[digits];
        float[] ink = layout.image().ink();
        for (int p = 0; p < ink.length; p++) {
            if (ink[p] > app.digitpad.preprocess.DigitNormalizer.INK_THRESHOLD && layout.owners()[p] != NumberLayouts.NO_DIGIT) {
                out[layout.owners()[p]] += ink[p];
            }
        }
        return out;
    }
}
