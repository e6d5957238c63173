package app.digitpad.segment;

import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkShape;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a written number: the ink's connected components, grouped into digits ({@link Grouping}), each
 * one read through the same normalizer, model and verdict as a single digit; a group as wide as a digit
 * is tall is also tried cut in two along a column of little ink, and the cut is kept only when both halves
 * read as sure digits more confidently than the whole (touching digits). Left to right. Any thread (the predictor and
 * gate synchronize themselves).
 */
public final class NumberReader {

    /** A group at least this wide for the line's digit height may be touching digits and is tried cut. */
    static final double SPLIT_ASPECT = 1.0;
    /** A cut leaves each side at least this fraction of the line's digit height wide. */
    static final double MIN_SIDE = 0.2;
    /** Columns tried as cuts: the ones with least ink, this many. */
    static final int CUTS_TRIED = 4;
    /** Cuts inside cuts: three touching digits need two. */
    static final int MAX_DEPTH = 3;
    /** A group read at least this surely stays whole unless it is {@link #WIDE}. */
    static final double SURE_WHOLE = 0.9;
    /** Below this gate probability a group that reads surely is still tried cut (touching MNIST pairs: median 0.55). */
    static final double GATE_DOUBT = 0.5;
    /** Wider than this for the line's digit height, a group is tried cut however surely it reads whole. */
    static final double WIDE = 1.25;

    private final Predictor predictor;
    private final Optional<DigitGate> gate;

    public NumberReader(Predictor predictor, Optional<DigitGate> gate) {
        this.predictor = predictor;
        this.gate = gate;
    }

    /** The number in the image, or empty when it holds no ink. */
    public Optional<NumberReading> read(GrayImage image) {
        return read(image, InkComponents.of(image));
    }

    /**
     * The number drawn on a pad of this size: each stroke is a piece of its own (so digits that touch on
     * the pad stay apart), grouped into digits like components.
     */
    public Optional<NumberReading> readStrokes(int width, int height, List<Stroke> strokes) {
        GrayImage image = PadRaster.ink(width, height, null, strokes);
        List<Piece> pieces = new ArrayList<>();
        for (Stroke stroke : strokes) {
            float[] ink = PadRaster.ink(width, height, null, List.of(stroke)).ink();
            int[] pixels = java.util.stream.IntStream.range(0, ink.length)
                    .filter(i -> ink[i] > DigitNormalizer.INK_THRESHOLD).toArray();
            if (pixels.length > 0) {
                pieces.add(Piece.of(pixels, width));
            }
        }
        return read(image, pieces);
    }

    private Optional<NumberReading> read(GrayImage image, List<Piece> pieces) {
        List<Piece> groups = Grouping.of(pieces, image.ink());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        int[] heights = groups.stream().mapToInt(g -> g.box().height()).sorted().toArray();
        Line line = new Line(groups.stream().map(Piece::box).reduce(Box::union).orElseThrow(),
                heights[heights.length / 2]);
        List<DigitReading> digits = new ArrayList<>();
        groups.stream().sorted(Comparator.comparingDouble(p -> p.box().x0() + p.box().width() / 2.0))
                .forEach(group -> digits.addAll(readSplitting(image, line, group, 0)));
        return digits.isEmpty() ? Optional.empty() : Optional.of(new NumberReading(digits));
    }

    /**
     * A group read whole, or cut in two when it is wide enough to be touching digits and both sides read as
     * sure digits more surely than the whole; each side may be cut again.
     */
    private List<DigitReading> readSplitting(GrayImage image, Line line, Piece group, int depth) {
        DigitReading whole = read(image, line, group);
        double aspect = (double) group.box().width() / line.digitHeight();
        double wholeConfidence = whole == null ? 0 : whole.confidence();
        boolean doubted = whole == null || wholeConfidence < SURE_WHOLE || oneDigitProbability(whole) < GATE_DOUBT;
        boolean mayCut = aspect >= WIDE || (aspect >= SPLIT_ASPECT && doubted);
        if (depth >= MAX_DEPTH || !mayCut) {
            return whole == null ? List.of() : List.of(whole);
        }
        double best = wholeConfidence;
        Piece[] chosen = null;
        for (int cut : cuts(group, image.width(), line)) {
            Piece left = group.side(image.width(), cut, true);
            Piece right = group.side(image.width(), cut, false);
            DigitReading l = left == null ? null : read(image, line, left);
            DigitReading r = right == null ? null : read(image, line, right);
            if (l == null || r == null || l.verdict().kind() != Verdict.Kind.DIGIT
                    || r.verdict().kind() != Verdict.Kind.DIGIT) {
                continue;
            }
            double both = Math.min(l.confidence(), r.confidence());
            if (both > best) {
                best = both;
                chosen = new Piece[] {left, right};
            }
        }
        if (chosen == null) {
            return whole == null ? List.of() : List.of(whole);
        }
        List<DigitReading> out = new ArrayList<>(readSplitting(image, line, chosen[0], depth + 1));
        out.addAll(readSplitting(image, line, chosen[1], depth + 1));
        return out;
    }

    /** The line's extent and its digits' usual height (the median group height). */
    record Line(Box box, int digitHeight) {
    }

    /**
     * How likely the gate finds this one digit (1 without a gate). Two touching digits often read surely as
     * one digit, but the gate, which learned what single digits look like, doubts them (median 0.55 on
     * touching MNIST pairs, 5th percentile 0.96 on single digits).
     */
    private double oneDigitProbability(DigitReading reading) {
        return gate.map(g -> g.digitProbability(reading.input())).orElse(1.0);
    }

    /** Columns with the least ink, at least {@link #MIN_SIDE} of the height from either side. */
    static List<Integer> cuts(Piece group, int imageWidth, Line line) {
        Box b = group.box();
        int[] columnInk = new int[b.width()];
        for (int p : group.pixels()) {
            columnInk[p % imageWidth - b.x0()]++;
        }
        int margin = Math.max(1, (int) Math.round(MIN_SIDE * line.digitHeight()));
        List<Integer> columns = new ArrayList<>();
        for (int c = margin; c < b.width() - margin; c++) {
            columns.add(c);
        }
        columns.sort(Comparator.comparingInt((Integer c) -> columnInk[c]).thenComparingInt(c -> Math.abs(2 * c - b.width())));
        List<Integer> chosen = new ArrayList<>();
        for (int c : columns) {
            if (chosen.size() == CUTS_TRIED) {
                break;
            }
            if (chosen.stream().noneMatch(o -> Math.abs(o - c) < 2)) {
                chosen.add(c);
            }
        }
        return chosen.stream().map(c -> c + b.x0()).toList();
    }

    /** One group read as a digit: its ink alone, on a square as tall as the line, through the normal path. */
    private DigitReading read(GrayImage image, Line line, Piece piece) {
        GrayImage alone = isolate(image, line, piece);
        Optional<InkShape> shape = InkShape.of(alone);
        Optional<float[]> input = DigitNormalizer.normalize(alone);
        if (shape.isEmpty() || input.isEmpty()) {
            return null;
        }
        return new DigitReading(piece.box(), Verdict.judge(shape.get(), input.get(), predictor, gate), input.get());
    }

    /**
     * The piece's pixels on an empty image as tall as the whole line and at least as wide, so that a dot
     * beside digits is small here as it is on the page.
     */
    static GrayImage isolate(GrayImage image, Line line, Piece piece) {
        Box b = piece.box();
        int h = line.box().height();
        int w = Math.max(b.width(), h);
        int left = b.x0() - (w - b.width()) / 2;
        float[] out = new float[w * h];
        for (int p : piece.pixels()) {
            int x = p % image.width() - left;
            int y = p / image.width() - line.box().y0();
            out[y * w + x] = image.ink()[p];
        }
        return new GrayImage(w, h, out);
    }
}
