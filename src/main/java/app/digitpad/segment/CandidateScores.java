package app.digitpad.segment;

import app.digitpad.inference.Predictor;
import app.digitpad.model.Forward;
import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scores of the candidates of a number's groups ({@link CutSearch}): the judge's for every candidate, times
 * the digit model's confidence for those that can decide a split. Candidates are made and judged
 * {@link Forward#CHUNK} at a time and let go, so what is held is bounded by a chunk, not by how wide the ink
 * is (80,000 candidates of a line of noise held 400 MB of pixels). The model reads first the best chain by
 * the judge's scores alone, then only candidates through which a chain could still score within
 * {@link #SLACK} of that chain (the judge's score bounds a candidate's from above: the model's confidence is
 * at most 1): reading costs several times judging, and on noise or a wide group most candidates cannot
 * matter. The best split is the one reading every candidate gives, and so are the best chains of the other
 * numbers of digits down to {@code SLACK} below it, so doubt ({@link NumberReader#DOUBT}) is decided alike.
 * One use, on one thread.
 */
final class CandidateScores {

    /** Chains this far (log-score) under the best one read need not be exact: twice the margin of doubt. */
    static final double SLACK = 2 * NumberReader.DOUBT;

    /** A stretch of ink searched on its own, its cuts, and its candidates' spans in the order they were made. */
    record Section(Piece piece, List<Cut> cuts, List<CutSearch.Span> spans, int first, int imageWidth) {

        /** The pixels of candidate {@code k}, made again. */
        Piece piece(int k) {
            CutSearch.Span span = spans.get(k);
            return span.from() == 0 && span.to() == cuts.size() - 1 ? piece
                    : cuts.get(span.from()).segmentTo(cuts.get(span.to()), piece, imageWidth);
        }
    }

    private final GrayImage image;
    private final NumberReader.Line line;
    private final SegmentJudge judge;
    private final Predictor model;
    private final List<Section> sections = new ArrayList<>();
    private final List<Piece> pending = new ArrayList<>();
    private double[] scores = new double[Forward.CHUNK];
    private int judged;
    private int made;
    private int reads;

    CandidateScores(GrayImage image, NumberReader.Line line, SegmentJudge judge, Predictor model) {
        this.image = image;
        this.line = line;
        this.judge = judge;
        this.model = model;
    }

    /** Makes and judges the candidates of {@code piece} between its first and last cut. */
    void add(Piece piece, List<Cut> cuts) {
        List<CutSearch.Span> spans = new ArrayList<>();
        int first = made;
        CutSearch.eachCandidate(cuts, piece, image.width(), line.digitHeight(), (from, to, candidate) -> {
            spans.add(new CutSearch.Span(from, to));
            pending.add(candidate);
            made++;
            if (pending.size() == Forward.CHUNK) {
                judgePending();
            }
        });
        sections.add(new Section(piece, cuts, spans, first, image.width()));
    }

    /** How many candidates the model has read. */
    int reads() {
        return reads;
    }

    /** The sections, in the order they were added. */
    List<Section> sections() {
        return sections;
    }

    /** Each section's scores, in the order of its spans, once the model has read what can matter. */
    List<double[]> scored() {
        judgePending();
        List<double[]> out = new ArrayList<>();
        List<boolean[]> read = new ArrayList<>();
        List<int[]> firstChains = new ArrayList<>();
        for (Section s : sections) {
            double[] mine = Arrays.copyOfRange(scores, s.first(), s.first() + s.spans().size());
            out.add(mine);
            read.add(new boolean[mine.length]);
            firstChains.add(bestChain(s, mine));
        }
        readWhere(out, read, (s, k) -> Arrays.stream(firstChains.get(s)).anyMatch(c -> c == k));
        double[] floors = new double[sections.size()];
        List<double[]> before = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            double[] mine = out.get(s);
            floors[s] = Arrays.stream(firstChains.get(s)).mapToDouble(c -> CutSearch.gain(mine[c])).sum() - SLACK;
            before.add(forward(sections.get(s), mine, null));
            after.add(backward(sections.get(s), mine));
        }
        readWhere(out, read, (s, k) -> {
            CutSearch.Span span = sections.get(s).spans().get(k);
            return before.get(s)[span.from()] + CutSearch.gain(out.get(s)[k]) + after.get(s)[span.to()] >= floors[s];
        });
        return out;
    }

    /** Which candidate {@code k} of section {@code s} to read. */
    private interface Wanted {
        boolean test(int s, int k);
    }

    /**
     * Has the model read each candidate not yet read that the judge scores at least {@link CutSearch#READ_ABOVE}
     * and that is wanted, a chunk at a time, its pixels made again.
     */
    private void readWhere(List<double[]> out, List<boolean[]> read, Wanted wanted) {
        List<int[]> todo = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            for (int k = 0; k < out.get(s).length; k++) {
                if (!read.get(s)[k] && out.get(s)[k] >= CutSearch.READ_ABOVE && wanted.test(s, k)) {
                    todo.add(new int[] {s, k});
                }
            }
        }
        for (int from = 0; from < todo.size(); from += Forward.CHUNK) {
            List<int[]> chunk = todo.subList(from, Math.min(todo.size(), from + Forward.CHUNK));
            List<Piece> pieces = chunk.stream().map(sk -> sections.get(sk[0]).piece(sk[1])).toList();
            double[] mine = chunk.stream().mapToDouble(sk -> out.get(sk[0])[sk[1]]).toArray();
            CutSearch.readable(image, line, model, pieces, mine);
            reads += chunk.size();
            for (int i = 0; i < chunk.size(); i++) {
                out.get(chunk.get(i)[0])[chunk.get(i)[1]] = mine[i];
                read.get(chunk.get(i)[0])[chunk.get(i)[1]] = true;
            }
        }
    }

    /** The candidates of the best chain from the section's first cut to its last, any number of digits. */
    private static int[] bestChain(Section s, double[] scores) {
        int[] via = new int[s.cuts().size()];
        forward(s, scores, via);
        List<Integer> chain = new ArrayList<>();
        for (int at = s.cuts().size() - 1; at > 0; at = s.spans().get(via[at]).from()) {
            chain.add(via[at]);
        }
        return chain.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The best log-score of a chain from the first cut to each cut, and (when {@code via} is given) the
     * candidate that ends it. Candidates come ordered by their first cut, so each cut's best is final before a
     * candidate leaves it.
     */
    private static double[] forward(Section s, double[] scores, int[] via) {
        double[] best = new double[s.cuts().size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int k = 0; k < scores.length; k++) {
            CutSearch.Span span = s.spans().get(k);
            double score = best[span.from()] + CutSearch.gain(scores[k]);
            if (score > best[span.to()]) {
                best[span.to()] = score;
                if (via != null) {
                    via[span.to()] = k;
                }
            }
        }
        return best;
    }

    /** The best log-score of a chain from each cut to the last, the candidates taken in reverse order. */
    private static double[] backward(Section s, double[] scores) {
        double[] best = new double[s.cuts().size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[best.length - 1] = 0;
        for (int k = scores.length - 1; k >= 0; k--) {
            CutSearch.Span span = s.spans().get(k);
            best[span.from()] = Math.max(best[span.from()], best[span.to()] + CutSearch.gain(scores[k]));
        }
        return best;
    }

    private void judgePending() {
        if (pending.isEmpty()) {
            return;
        }
        double[] mine = CutSearch.scores(image, line, judge, pending);
        if (judged + mine.length > scores.length) {
            scores = Arrays.copyOf(scores, Math.max(2 * scores.length, judged + mine.length));
        }
        System.arraycopy(mine, 0, scores, judged, mine.length);
        judged += mine.length;
        pending.clear();
    }
}
