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
 * Reads a written number: the ink's connected components, grouped into digits ({@link Grouping}); in an
 * image, each group is split where digits touch ({@link CutSearch}, judged by the {@link SegmentJudge}), on
 * the pad between strokes ({@link StrokeSplit});
 * each digit is then read through the same normalizer, model and verdict as a single digit. Left to right.
 * Any thread (the predictor, gate and judge synchronize themselves).
 */
public final class NumberReader {

    private final Predictor predictor;
    private final Optional<DigitGate> gate;
    private final Optional<SegmentJudge> judge;

    /** Without a judge, groups are read whole (digits that touch, or share columns on the pad, read as one). */
    public NumberReader(Predictor predictor, Optional<DigitGate> gate, Optional<SegmentJudge> judge) {
        this.predictor = predictor;
        this.gate = gate;
        this.judge = judge;
    }

    /** The number in the image, or empty when it holds no ink. */
    public Optional<NumberReading> read(GrayImage image) {
        return read(image, InkComponents.of(image), false);
    }

    /**
     * The number drawn on a pad of this size: each stroke is a piece of its own, grouped into digits like
     * components; a group of several strokes may be split between its strokes ({@link StrokeSplit}), never
     * through one (so digits that touch on the pad stay apart, and a digit drawn in one stroke stays whole).
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
        return read(image, pieces, true);
    }

    private Optional<NumberReading> read(GrayImage image, List<Piece> pieces, boolean strokes) {
        List<Piece> groups = Grouping.of(pieces, image.ink());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Line line = Line.of(groups);
        List<Piece> ordered = groups.stream().sorted(Comparator.comparingDouble(p -> p.box().x0() + p.box().width() / 2.0)).toList();
        List<Piece> parts = new ArrayList<>();
        if (judge.isEmpty()) {
            parts.addAll(ordered);
        } else if (strokes) {
            ordered.forEach(g -> parts.addAll(StrokeSplit.split(image, g, pieces, line, judge.get())));
        } else {
            List<CutSearch.Split> splits = ordered.stream().map(g -> CutSearch.split(image, g, line, judge.get())).toList();
            Fragments.join(image, line, judge.get(), splits).forEach(split -> parts.addAll(split.digits()));
        }
        List<DigitReading> digits = new ArrayList<>();
        for (Piece part : parts) {
            DigitReading digit = read(image, line, part);
            if (digit != null) {
                digits.add(digit);
            }
        }
        return digits.isEmpty() ? Optional.empty() : Optional.of(new NumberReading(digits));
    }

    /** The line's extent and its digits' usual height (the median group height). */
    record Line(Box box, int digitHeight) {

        /** The line the groups are written on. */
        static Line of(List<Piece> groups) {
            int[] heights = groups.stream().mapToInt(g -> g.box().height()).sorted().toArray();
            return new Line(groups.stream().map(Piece::box).reduce(Box::union).orElseThrow(), heights[heights.length / 2]);
        }
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
