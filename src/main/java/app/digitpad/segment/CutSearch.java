package app.digitpad.segment;

import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Forward;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Splits a group of ink into digits by trying every way to cut it along its candidate cuts
 * ({@link CutPaths}): each stretch between two cuts is a candidate digit, the {@link SegmentJudge} says how
 * likely each is one whole digit, the digit model how surely it reads it, and dynamic programming picks the
 * split whose digits are together most likely. A group that is one digit stays whole because its halves are
 * not digits; two touching digits are cut because their union is not one. Any thread; no state.
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
    /**
     * A candidate's score is the judge's times the digit model's confidence in reading it (its largest
     * probability) to this power: the judge knows MNIST's writers only, the model reads strangers' digits
     * (99.6% of {@code ../shared/realdigits}), and a cut that leaves a digit the model cannot read is
     * usually a wrong cut. 1 was measured on made numbers of another seed than the benchmark's (real
     * handwriting touching 237 / 241 / 243 / 243 / 242 of 300 at 0 / 0.5 / 1 / 1.5 / 2; MNIST's 278 / 280 /
     * 282 / 284 / 282; separated numbers the same at every weight).
     */
    static final double MODEL_WEIGHT = 1.0;
    /**
     * Candidates the judge scores under this are not read by the model (their score stays the judge's): they
     * are not chosen either way, and a noisy photo has thousands of them.
     */
    static final double READ_ABOVE = 1e-3;
    /**
     * A group from this many digit heights wide up to {@link #WIDEST} is scored whole by the judge before it is
     * cut, and gets straight cuts ({@link StraightCuts}) when the judge doubts it is one digit: a wide 5 against a
     * narrow 6's stem is hardly wider than one digit, and every seam parts them through the 6's loop. Chosen on
     * made numbers of seeds 7 and 8, not the benchmark's: strangers' touching 274 / 266 of 300 -> 279 / 271,
     * MNIST-made wide and narrow unchanged. Without the judge's word, straight cuts on every group this wide made
     * the canvas 9 times slower to read, and from 1.0 digit heights they cut a MNIST 4 into a 1 and the rest
     * (BENCHMARKS.md).
     */
    static final double DOUBTED_FROM = 0.6;
    /** The judge doubts a group is one digit when it scores the group whole under this. */
    static final double DOUBTED_UNDER = 0.5;

    /** A stretch from cut {@code from} to cut {@code to}: all the dynamic programming needs of a candidate. */
    interface Spanned {
        int from();

        int to();
    }

    /** A candidate without its pixels, which are made again when needed ({@link CandidateScores}). */
    record Span(int from, int to) implements Spanned {
    }

    /** The pixels between cut {@code from} and cut {@code to}. */
    record Candidate(int from, int to, Piece piece) implements Spanned {
    }

    /** Takes the candidates as {@link #eachCandidate} makes them. */
    interface CandidateSink {
        void accept(int from, int to, Piece piece);
    }

    /**
     * A group's digits, left to right, the judge's score of each, by how much (log-score) this split beats
     * the best split into another number of digits (infinite when there is no other), and the best split into
     * one digit more (empty when there is none): what a digit read as no digit may really be.
     */
    record Split(Piece group, List<Piece> digits, double[] scores, double margin, List<Piece> oneMore) {

        static Split whole(Piece group, double score) {
            return new Split(group, List.of(group), new double[] {score}, Double.POSITIVE_INFINITY, List.of());
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
        List<Candidate> out = new ArrayList<>();
        eachCandidate(cuts, group, imageWidth, digitHeight, (from, to, piece) -> out.add(new Candidate(from, to, piece)));
        return out;
    }

    /** The candidates of {@link #candidates}, in its order, handed over one at a time instead of held. */
    static void eachCandidate(List<Cut> cuts, Piece group, int imageWidth, int digitHeight, CandidateSink sink) {
        double widest = WIDEST * digitHeight;
        double[] centres = cuts.stream().mapToDouble(Cut::centre).toArray();
        int last = cuts.size() - 1;
        for (int i = 0; i < last; i++) {
            for (int j = i + 1; j <= last && centres[j] - centres[i] <= 2 * widest; j++) {
                Piece piece = i == 0 && j == last ? null : cuts.get(i).segmentTo(cuts.get(j), group, imageWidth);
                if (piece != null && piece.box().width() <= widest) {
                    sink.accept(i, j, piece);
                }
            }
        }
        sink.accept(0, last, group);
    }

    /**
     * Each group's best split (possibly the group whole), the candidates of all groups scored in one batch: a
     * call to the judge has a fixed cost that a call per group paid again for every digit of the number. A
     * group wider than {@link Sections#WIDEST} digits is searched in sections, each split on its own; a group
     * thinner than {@link Verdict#MIN_SIDE} (a ruled line) is read whole: no digit fits in it, and cutting it into
     * pieces of a digit's width gave a line of 300 "?".
     */
    static List<Split> splitAll(GrayImage image, List<Piece> groups, NumberReader.Line line, SegmentJudge judge,
                                Predictor model) {
        CandidateScores scoring = new CandidateScores(image, line, judge, model);
        boolean[] doubted = doubted(image, groups, line, judge);
        for (int g = 0; g < groups.size(); g++) {
            Piece group = groups.get(g);
            List<Cut> cuts = CutPaths.forReading(group, image.ink(), image.width(), line.digitHeight(), doubted[g]);
            if (group.box().height() < Verdict.MIN_SIDE) {
                cuts = List.of(cuts.get(0), cuts.get(cuts.size() - 1));
            }
            int[] bounds = Sections.bounds(cuts, line.digitHeight());
            for (int k = 0; k + 1 < bounds.length; k++) {
                List<Cut> mine = cuts.subList(bounds[k], bounds[k + 1] + 1);
                Piece section = bounds.length == 2 ? group
                        : mine.get(0).segmentTo(mine.get(mine.size() - 1), group, image.width());
                if (section != null) {
                    scoring.add(section, mine);
                }
            }
        }
        List<double[]> scored = scoring.scored();
        List<Split> out = new ArrayList<>();
        for (int s = 0; s < scored.size(); s++) {
            CandidateScores.Section section = scoring.sections().get(s);
            double[] scores = scored.get(s);
            Choice choice = choose(section.cuts().size(), section.spans(), scores).orElseThrow(); // the whole always reaches the end
            out.add(new Split(section.piece(), Arrays.stream(choice.chain()).mapToObj(section::piece).toList(),
                    Arrays.stream(choice.chain()).mapToDouble(c -> scores[c]).toArray(), choice.margin(),
                    choice.oneMore() == null ? List.of() : Arrays.stream(choice.oneMore()).mapToObj(section::piece).toList()));
        }
        return out;
    }

    /**
     * Which groups, {@link #DOUBTED_FROM} to {@link #WIDEST} digit heights wide, the judge doubts are one digit
     * ({@link #DOUBTED_UNDER}): all of them scored in one call, as the candidates are.
     */
    private static boolean[] doubted(GrayImage image, List<Piece> groups, NumberReader.Line line, SegmentJudge judge) {
        int height = line.digitHeight();
        int[] aboutOne = IntStream.range(0, groups.size()).filter(g -> {
            Box box = groups.get(g).box();
            return box.width() >= DOUBTED_FROM * height && box.width() <= WIDEST * height
                    && box.height() >= Verdict.MIN_SIDE;
        }).toArray();
        boolean[] doubted = new boolean[groups.size()];
        if (aboutOne.length > 0) {
            double[] whole = scores(image, line, judge, Arrays.stream(aboutOne).mapToObj(groups::get).toList());
            for (int i = 0; i < aboutOne.length; i++) {
                doubted[aboutOne[i]] = whole[i] < DOUBTED_UNDER;
            }
        }
        return doubted;
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
     * Multiplies each score of at least {@link #READ_ABOVE} by the model's confidence in reading the piece
     * (isolated and normalized as it would be read) to the power {@link #MODEL_WEIGHT}, {@link Forward#CHUNK}
     * pieces at a time (as the judge's views: a photo's candidates all at once would take hundreds of megabytes).
     */
    static void readable(GrayImage image, NumberReader.Line line, Predictor model, List<Piece> pieces, double[] scores) {
        int[] read = IntStream.range(0, pieces.size()).filter(i -> scores[i] >= READ_ABOVE).toArray();
        int size = DigitNormalizer.SIDE * DigitNormalizer.SIDE;
        for (int from = 0; from < read.length; from += Forward.CHUNK) {
            int n = Math.min(Forward.CHUNK, read.length - from);
            float[] inputs = new float[n * size];
            for (int r = 0; r < n; r++) {
                int at = r * size;
                DigitNormalizer.normalize(NumberReader.isolate(image, line, pieces.get(read[from + r])))
                        .ifPresent(input -> System.arraycopy(input, 0, inputs, at, size));
            }
            Prediction[] predictions = model.predictAll(inputs, n);
            for (int r = 0; r < n; r++) {
                scores[read[from + r]] *= Math.pow(predictions[r].confidence(), MODEL_WEIGHT);
            }
        }
    }

    /** What a candidate of this score adds to a chain's log-score. */
    static double gain(double score) {
        return Math.log(Math.max(FLOOR, score)) + PER_DIGIT;
    }

    /**
     * The best chain, by how much (in log-score) it beats the best chain with another number of digits (the
     * alternative a wrong split usually is: a digit cut in two, two digits read as one), and the best chain of one
     * candidate more (null when no chain of that many reaches the last cut).
     */
    record Choice(int[] chain, double margin, int[] oneMore) {
    }

    /**
     * The chain of candidates from the first cut to the last with the largest sum of log-scores (plus
     * {@link #PER_DIGIT} each). Dynamic programming, kept apart per number of digits so that the best chain of
     * every length is known. A candidate comes after every candidate that ends where it starts (candidates are
     * ordered by their first cut). Empty when no chain reaches the last cut.
     */
    static Optional<Choice> choose(int cuts, List<? extends Spanned> candidates, double[] scores) {
        int most = cuts - 1;
        double[][] total = new double[cuts][most + 1];
        int[][] via = new int[cuts][most + 1];
        for (double[] row : total) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        total[0][0] = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Spanned candidate = candidates.get(c);
            double gain = gain(scores[c]);
            for (int n = 0; n < most; n++) {
                double score = total[candidate.from()][n] + gain;
                if (score > total[candidate.to()][n + 1]) {
                    total[candidate.to()][n + 1] = score;
                    via[candidate.to()][n + 1] = c;
                }
            }
        }
        int bestCount = -1;
        for (int n = 1; n <= most; n++) {
            if (total[most][n] > Double.NEGATIVE_INFINITY && (bestCount < 0 || total[most][n] > total[most][bestCount])) {
                bestCount = n;
            }
        }
        if (bestCount < 0) {
            return Optional.empty();
        }
        double other = Double.NEGATIVE_INFINITY;
        for (int n = 1; n <= most; n++) {
            if (n != bestCount) {
                other = Math.max(other, total[most][n]);
            }
        }
        int[] oneMore = bestCount < most && total[most][bestCount + 1] > Double.NEGATIVE_INFINITY
                ? chain(candidates, via, most, bestCount + 1) : null;
        return Optional.of(new Choice(chain(candidates, via, most, bestCount), total[most][bestCount] - other, oneMore));
    }

    /** The best chain of {@code count} candidates ending at cut {@code end}, followed back through {@code via}. */
    private static int[] chain(List<? extends Spanned> candidates, int[][] via, int end, int count) {
        int[] chain = new int[count];
        for (int at = end, n = count; n > 0; n--) {
            chain[n - 1] = via[at][n];
            at = candidates.get(chain[n - 1]).from();
        }
        return chain;
    }
}
