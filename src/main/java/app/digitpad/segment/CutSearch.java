package app.digitpad.segment;

import app.digitpad.model.Forward;
import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a group of ink into digits by trying every way to cut it along its candidate cuts
 * ({@link CutPaths}): each stretch between two cuts is a candidate digit, the {@link SegmentJudge} says how
 * likely each is one whole digit, and dynamic programming picks the split whose digits are together most
 * likely. A group that is one digit stays whole because its halves are not digits; two touching digits are
 * cut because their union is not one. Any thread; no state.
 */
final class CutSearch {

    /** A candidate digit is at most this wide for the line's digit height (MNIST's widest, scaled up a fifth). */
    static final double WIDEST = 1.3;
    /** The judge's score is never taken as lower than this, so one doubtful stretch cannot veto every split. */
    static final double FLOOR = 1e-6;
    /**
     * Added to the log-score of each digit of a split: a product of scores by itself favours fewer, larger
     * pieces. 1 (each extra digit weighs e) was measured best on made numbers of other seeds than the
     * benchmark's (0: touching 86%, 0.5: 90%, 1: 91%; separated 97.8%, 97.4%, 97.4%).
     */
    static final double PER_DIGIT = 1.0;

    /** The pixels between cut {@code from} and cut {@code to}. */
    record Candidate(int from, int to, Piece piece) {
    }

    /** A group's digits, left to right, and the judge's score of each. */
    record Split(Piece group, List<Piece> digits, double[] scores) {

        static Split whole(Piece group, double score) {
            return new Split(group, List.of(group), new double[] {score});
        }

        /** The least likely of its digits. */
        double weakest() {
            return Arrays.stream(scores).min().orElse(0);
        }
    }

    private CutSearch() {
    }

    /**
     * Every stretch between two cuts that holds ink and is not wider than {@link #WIDEST} digits, ordered by
     * their first cut, and the whole group (however wide) last.
     */
    static List<Candidate> candidates(List<Cut> cuts, Piece group, int imageWidth, int digitHeight) {
        double widest = WIDEST * digitHeight;
        double[] centres = cuts.stream().mapToDouble(Cut::centre).toArray();
        int last = cuts.size() - 1;
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            for (int j = i + 1; j <= last && centres[j] - centres[i] <= 2 * widest; j++) {
                Piece piece = cuts.get(i).segmentTo(cuts.get(j), group, imageWidth);
                if (piece != null && piece.box().width() <= widest && !(i == 0 && j == last)) {
                    out.add(new Candidate(i, j, piece));
                }
            }
        }
        out.add(new Candidate(0, last, group));
        return out;
    }

    /** The group's best split (possibly the group whole). */
    static Split split(GrayImage image, Piece group, NumberReader.Line line, SegmentJudge judge) {
        List<Cut> cuts = CutPaths.of(group, image.ink(), image.width(), line.digitHeight());
        List<Candidate> candidates = candidates(cuts, group, image.width(), line.digitHeight());
        double[] scores = scores(image, line, judge, candidates.stream().map(Candidate::piece).toList());
        int[] chosen = best(cuts.size(), candidates, scores).orElseThrow(); // the whole group always reaches the end
        return new Split(group, Arrays.stream(chosen).mapToObj(c -> candidates.get(c).piece()).toList(),
                Arrays.stream(chosen).mapToDouble(c -> scores[c]).toArray());
    }

    /**
     * The judge's score of each piece, {@link Forward#CHUNK} views at a time: a noisy photo has tens of
     * thousands of candidates, and all their views at once took hundreds of megabytes.
     */
    static double[] scores(GrayImage image, NumberReader.Line line, SegmentJudge judge, List<Piece> pieces) {
        double[] scores = new double[pieces.size()];
        for (int from = 0; from < pieces.size(); from += Forward.CHUNK) {
            int n = Math.min(Forward.CHUNK, pieces.size() - from);
            float[] views = new float[n * SegmentView.SIZE];
            for (int c = 0; c < n; c++) {
                System.arraycopy(SegmentView.of(image, pieces.get(from + c), line.box()), 0, views,
                        c * SegmentView.SIZE, SegmentView.SIZE);
            }
            System.arraycopy(judge.wholeDigit(views, n), 0, scores, from, n);
        }
        return scores;
    }

    /**
     * Dynamic programming from the first cut to the last: the indices of the chain of candidates with the
     * largest sum of log-scores (plus {@link #PER_DIGIT} each), or empty when no chain reaches the last cut.
     * A candidate comes after every candidate that ends where it starts.
     */
    static Optional<int[]> best(int cuts, List<Candidate> candidates, double[] scores) {
        double[] total = new double[cuts];
        int[] via = new int[cuts];
        Arrays.fill(total, Double.NEGATIVE_INFINITY);
        Arrays.fill(via, -1);
        total[0] = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            double score = total[candidate.from()] + Math.log(Math.max(FLOOR, scores[c])) + PER_DIGIT;
            if (score > total[candidate.to()]) {
                total[candidate.to()] = score;
                via[candidate.to()] = c;
            }
        }
        if (via[cuts - 1] < 0) {
            return Optional.empty();
        }
        List<Integer> chain = new ArrayList<>();
        for (int at = cuts - 1; at > 0; at = candidates.get(via[at]).from()) {
            chain.add(0, via[at]);
        }
        return Optional.of(chain.stream().mapToInt(Integer::intValue).toArray());
    }
}
