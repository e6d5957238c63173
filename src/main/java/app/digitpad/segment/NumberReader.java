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

    /**
     * More pieces of ink than this (after noise) are not one written number: a strip of 200 digits has about
     * 250 (a broken digit is two), noise the size of a photo tens of thousands, and grouping costs the square.
     */
    static final int MAX_PIECES = 1_000;

    /**
     * A split is in doubt when a split into another number of digits scores within this (natural log) of it:
     * under e^1.5 = 4.5 times less likely. Chosen on numbers of another seed than the benchmark's
     * (BENCHMARKS.md): on real handwriting's touching numbers it flags half the wrong strings (0.75: 37%) and 8%
     * of the right ones (0.75: 1%); a confident wrong string is the worse answer.
     */
    static final double DOUBT = 1.5;
    /**
     * A split is in doubt, too, when one of its digits scores under this (the judge's score times the model's
     * confidence, {@link CutSearch}): a cut that neither is sure of. Chosen on numbers of seed 7 (300 per kind):
     * on real handwriting's touching numbers it flags 21 of 57 wrong strings where the margin alone flagged 9,
     * for 21 of 243 right ones instead of 18 (0.2: 19 and 21; 0.5: 31 and 34).
     */
    static final double WEAK_CUT = 0.3;
    /**
     * A split into several digits is in doubt, too, when the model reads one of them less sure than this: a cut
     * that left a digit a piece of its neighbour, or took one of its own. Chosen on numbers of seeds 7 and 8
     * (300 per kind, both sets, BENCHMARKS.md): it flags 12 of the 58 touching numbers read wrong without doubt,
     * for 18 of 1,061 read right.
     */
    static final double SURE_CUT_DIGIT = 0.9;

    private final Predictor predictor;
    private final Optional<DigitGate> gate;
    private final Optional<SegmentJudge> judge;

    /** Without a judge, groups are read whole (digits that touch, or share columns on the pad, read as one). */
    public NumberReader(Predictor predictor, Optional<DigitGate> gate, Optional<SegmentJudge> judge) {
        this.predictor = predictor;
        this.gate = gate;
        this.judge = judge;
    }

    /**
     * The number in the image, or empty when it holds no ink. Writing taller than {@link WritingScale#SHRINK_ABOVE}
     * is first shrunk to {@link WritingScale#READ_HEIGHT}, so that a photo costs what the pad does (the height is
     * taken again on the shrunk copy until it is the reading height: noise, once shrunk, runs into one tall group).
     * Cut there, each digit is read from the image's own pixels ({@link Detail}); boxes are in those pixels too.
     */
    public Optional<NumberReading> read(GrayImage image) {
        List<Piece> components = InkComponents.of(image);
        List<Piece> original = components;
        if (Math.min(image.width(), image.height()) < Verdict.MIN_SIDE) {
            return thin(image, components);
        }
        Optional<NumberReading> lines = inLines(image, components);
        if (lines.isPresent()) {
            return lines;
        }
        GrayImage at = image;
        double scale = 1;
        for (int height = WritingScale.readingHeight(components, image.ink(), MAX_PIECES);
             height > WritingScale.SHRINK_ABOVE;
             height = WritingScale.readingHeight(components, at.ink(), MAX_PIECES)) {
            scale *= WritingScale.READ_HEIGHT / (double) height;
            at = image.resized(Math.max(1, (int) Math.round(image.width() * scale)),
                    Math.max(1, (int) Math.round(image.height() * scale)));
            components = InkComponents.of(at);
        }
        if (at == image) {
            return read(image, components, false, Detail.of(image), Optional.empty());
        }
        double sx = (double) image.width() / at.width();
        double sy = (double) image.height() / at.height();
        Specks specks = new Specks(original, sx, sy, image.width(), image.height());
        return read(at, components, false, Detail.shrunk(image, at), Optional.of(specks))
                .map(r -> specks.answer(r.withBoxesScaled(sx, sy, image.width(), image.height())));
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
        return read(image, pieces, true, Detail.of(image), Optional.empty());
    }

    private Optional<NumberReading> read(GrayImage image, List<Piece> all, boolean strokes, Detail detail,
                                         Optional<Specks> specks) {
        List<Piece> withoutNoise = Grouping.withoutNoise(all, image.ink());
        if (withoutNoise.size() > MAX_PIECES) {
            return Optional.of(scattered(image, withoutNoise));
        }
        DecimalPoints.Found found = DecimalPoints.find(all, image.ink());
        List<Piece> pieces = found.rest();
        List<Piece> kept = found.points().isEmpty() ? withoutNoise : Grouping.withoutNoise(pieces, image.ink());
        List<Piece> groups = Grouping.of(Grouping.withoutRules(kept, image.ink()));
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Line line = Line.of(groups);
        List<Piece> ordered = groups.stream().sorted(Comparator.comparingDouble(p -> p.box().x0() + p.box().width() / 2.0)).toList();
        GroupDigits reading = new GroupDigits(predictor, gate, detail, line);
        GroupDigits.Groups read = judge.isEmpty() ? reading.whole(ordered)
                : strokes ? reading.ofSplits(ordered.stream()
                        .map(group -> StrokeSplit.split(image, group, pieces, line, judge.get())).toList())
                : reading.ofCuts(splitAll(image, line, ordered, specks));
        List<DigitReading> digits = new ArrayList<>();
        Optional<int[]> splitDoubt = Optional.empty();
        for (int g = 0; g < read.digits().size(); g++) {
            List<DigitReading> mine = read.digits().get(g);
            if (splitDoubt.isEmpty() && !mine.isEmpty() && read.doubted()[g]) {
                splitDoubt = Optional.of(new int[] {digits.size(), mine.size()});
            }
            digits.addAll(mine);
        }
        return digits.isEmpty() ? Optional.empty() : Optional.of(new NumberReading(digits, splitDoubt,
                found.points().stream().map(Piece::box).toList()));
    }

    /** The groups cut where digits touch, except those over specks ({@link Specks}), which are left whole. */
    private List<CutSearch.Split> splitAll(GrayImage image, Line line, List<Piece> ordered, Optional<Specks> specks) {
        List<CutSearch.Split> out = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (Piece group : ordered) {
            if (specks.isEmpty() || !specks.get().speckled(group.box())) {
                run.add(group);
                continue;
            }
            out.addAll(cut(image, line, run));
            run.clear();
            out.add(CutSearch.Split.whole(group, CutSearch.scores(image, line, judge.orElseThrow(), List.of(group))[0]));
        }
        out.addAll(cut(image, line, run));
        return out;
    }

    private List<CutSearch.Split> cut(GrayImage image, Line line, List<Piece> groups) {
        return groups.isEmpty() ? List.of() : Fragments.join(image, line, judge.orElseThrow(),
                CutSearch.splitAll(image, groups, line, judge.orElseThrow(), predictor));
    }

    /** Whether the model read a digit cut out of touching ones less than {@link #SURE_CUT_DIGIT} sure. */
    static boolean unsure(List<DigitReading> cutOut) {
        return cutOut.size() > 1 && cutOut.stream().anyMatch(d -> d.confidence() < SURE_CUT_DIGIT);
    }

    /** Whether another number of digits was nearly as likely, or one of its digits is a cut nobody is sure of. */
    static boolean inDoubt(CutSearch.Split split) {
        return split.margin() < DOUBT || split.weakest() < WEAK_CUT;
    }

    /**
     * The answer for writing in several lines ({@link WritingLines}), or empty for one: a number is read from one
     * line, and reading a page's columns of digits as digits gave one confident wrong digit.
     */
    private Optional<NumberReading> inLines(GrayImage image, List<Piece> components) {
        List<Piece> kept = Grouping.withoutNoise(components, image.ink());
        if (kept.isEmpty() || kept.size() > MAX_PIECES) {
            return Optional.empty();
        }
        kept = Grouping.withoutRules(kept, image.ink());
        int lines = WritingLines.count(kept, image.height(), WritingScale.digitHeight(kept, image.ink()));
        return lines < 2 ? Optional.empty() : Optional.of(refused(image, kept, String.format(java.util.Locale.ROOT,
                "writing in %d lines; a number is read from one line: crop the image to the line to read", lines)));
    }

    /**
     * The answer for ink in more pieces than {@link #MAX_PIECES}: noise, or a page of text, not a number.
     */
    private NumberReading scattered(GrayImage image, List<Piece> pieces) {
        return refused(image, pieces, String.format(java.util.Locale.ROOT, "ink in %,d separate pieces, more than a "
                + "written number has (at most %,d): noise, or a page of text", pieces.size(), MAX_PIECES));
    }

    /**
     * The ink as one thing that is not a number, for this reason; the network's guess for the whole image is
     * kept, as every "not a digit" keeps it.
     */
    private NumberReading refused(GrayImage image, List<Piece> pieces, String why) {
        Box all = pieces.stream().map(Piece::box).reduce(Box::union).orElseThrow();
        float[] input = DigitNormalizer.normalize(image).orElseThrow(); // the pieces hold ink
        Verdict guess = Verdict.judge(InkShape.of(image).orElseThrow(), input, predictor, Optional.empty());
        return new NumberReading(List.of(new DigitReading(all,
                new Verdict(Verdict.Kind.NOT_A_DIGIT, guess.prediction(), Optional.of(why)), input, image)));
    }

    /**
     * An image thinner than {@link Verdict#MIN_SIDE} holds no digit: read whole, as {@code predict} reads it
     * (too thin to read), not shrunk to a sliver and read as a 1.
     */
    private Optional<NumberReading> thin(GrayImage image, List<Piece> components) {
        if (components.isEmpty()) {
            return Optional.empty();
        }
        Box all = components.stream().map(Piece::box).reduce(Box::union).orElseThrow();
        return Verdict.reading(predictor, gate, image)
                .map(r -> new NumberReading(List.of(new DigitReading(all, r.verdict(), r.input(), image))));
    }

    /** The line's extent and its digits' usual height (the median group height). */
    record Line(Box box, int digitHeight) {

        /** The line the groups are written on. */
        static Line of(List<Piece> groups) {
            int[] heights = groups.stream().mapToInt(g -> g.box().height()).sorted().toArray();
            return new Line(groups.stream().map(Piece::box).reduce(Box::union).orElseThrow(), heights[heights.length / 2]);
        }
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
