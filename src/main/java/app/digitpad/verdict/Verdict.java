package app.digitpad.verdict;

import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The app's answer to one drawing or image: a digit, a guess it is not sure of, or "not a digit" with the
 * reason, so the pad and the CLI stop naming a digit for a dot or a blot. The prediction is kept in every
 * case (the bars still show what the network thought). Immutable; any thread.
 */
public record Verdict(Kind kind, Prediction prediction, Optional<String> reason) {

    /** The three answers, with the names {@code predict --json} prints. */
    public enum Kind {
        DIGIT("digit"), UNSURE("unsure"), NOT_A_DIGIT("not-a-digit");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /**
     * Ink shorter than this many pen widths is a dot or a short dash, not a digit: MNIST's test digits are
     * 2.36 pen widths long at the least, MNIST digits drawn thick on the pad 2.13 (0.5th percentile 2.70).
     */
    public static final double MIN_EXTENT_PER_PEN = 2.2;
    /**
     * Strokes wider than this (pixels of MNIST's 20 px box) are a blot or hatching: MNIST's test digits reach
     * 4.9 at the 99.5th percentile, thickened drawn digits 7.4 (34 of 10,000 above 8.5, none above 9.5); dots
     * and filled areas 9 to 12. Raised from 8.5 once the gate learnt blots (it rejects all filled drawings).
     */
    public static final double MAX_BOX_PEN_WIDTH = 10;
    /** Ink smaller than this fraction of the image is "too small to read" rather than "too much ink". */
    public static final double SMALL_EXTENT = 0.25;

    /**
     * Ink no wider across its main axis than this many pen widths is one straight stroke (a bar of pen width:
     * 1; the pad's round ends and anti-aliasing add a little; a bend or a second stroke, far more).
     */
    public static final double STRAIGHT_ACROSS_PER_PEN = 1.6;
    /**
     * A straight stroke within this many degrees of vertical may be a 1; any other straight stroke is a line.
     * MNIST's 1s lean far: of its 6,742 training 1s, 6,322 are one straight stroke, 1,474 of them lean more
     * than 25 degrees, 121 more than 40 and one more than 50 (test set: none past 50); at 50, test digits
     * drawn turned 20 degrees right were rejected 1.3% of the time, at 60 0.19%.
     */
    public static final double ONE_TILT = 60;
    /**
     * Ink in more pieces than this is specks, not pen strokes: noise, a texture, a photo of gravel. A written
     * digit is in a few pieces (MNIST's broken strokes), the dustiest photo of {@code ../shared/realdigits} in
     * 31; grey noise of 300x100 pixels is in about 600, and once larger than a few hundred pixels it is
     * scaled into a blob the gate can take for a 1 or a 2 (1000x1000 noise read 1 at 82%).
     */
    public static final int MAX_PIECES = 100;
    /** An image with a side shorter than this many pixels holds no readable digit (MNIST's digits are 20 px). */
    public static final int MIN_SIDE = 5;

    public static final String TOO_SMALL = "too small to read";
    public static final String TOO_THIN = "too thin to read";
    public static final String A_LINE = "a straight line";
    public static final String TOO_MUCH_INK = "too much ink";
    public static final String NOT_LIKE_A_DIGIT = "does not look like a digit";
    public static final String DOT_APART = "a dot apart, as in ? or !";
    public static final String SPECKLED = "ink in hundreds of specks, as noise, not pen strokes";
    /** Followed by the digit read and "is" ({@link MirrorSymmetry}). */
    public static final String SYMMETRIC_LEFT_RIGHT = "its own mirror image left to right, as no written";
    public static final String SYMMETRIC_TOP_BOTTOM = "its own mirror image top to bottom, as no written";

    public Verdict {
        reason = reason == null ? Optional.empty() : reason;
    }

    /**
     * Judges the network's answer by the ink it was given (cheap, first: an image too thin, ink in specks, ink too short or
     * too thick, one straight stroke that is not upright enough for a 1, a dot apart as in ? or !), by the
     * gate's probability that the input is a digit at all (empty without a gate), and by the normalized
     * {@code input}'s mirror symmetry where the digit read has none ({@link MirrorSymmetry}).
     */
    public static Verdict of(InkShape shape, float[] input, Prediction prediction, OptionalDouble digitProbability) {
        if (shape.thinnestSide() < MIN_SIDE) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(TOO_THIN));
        }
        if (shape.pieces() > MAX_PIECES) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(SPECKLED));
        }
        boolean tooShort = shape.extentPerPen() < MIN_EXTENT_PER_PEN;
        if (tooShort || shape.boxPenWidth() > MAX_BOX_PEN_WIDTH) {
            String why = shape.extentOfImage() < SMALL_EXTENT ? TOO_SMALL : TOO_MUCH_INK;
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(why));
        }
        if (shape.acrossPerPen() <= STRAIGHT_ACROSS_PER_PEN && shape.tilt() > ONE_TILT) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(A_LINE));
        }
        if (shape.dotApart()) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(DOT_APART));
        }
        if (digitProbability.isPresent() && digitProbability.getAsDouble() < DigitGate.THRESHOLD) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, Optional.of(NOT_LIKE_A_DIGIT));
        }
        Optional<String> mirrored = MirrorSymmetry.refusal(input, prediction.digit());
        if (mirrored.isPresent()) {
            return new Verdict(Kind.NOT_A_DIGIT, prediction, mirrored);
        }
        return answer(prediction);
    }

    /** The network's own answer: a digit when it is confident, else a guess it is not sure of. */
    private static Verdict answer(Prediction prediction) {
        return new Verdict(prediction.confident() ? Kind.DIGIT : Kind.UNSURE, prediction, Optional.empty());
    }

    /** A verdict with the network input it was made from (the pad shows the input, number mode keeps it). */
    public record Reading(float[] input, Verdict verdict) {
    }

    /**
     * The one read path for any ink image (the pad, a file, one digit of a number): its shape, the
     * normalized input, the predictor's answer, the gate if there is one, and the verdict on all of it;
     * empty when there is no ink.
     */
    public static Optional<Reading> reading(Predictor predictor, Optional<DigitGate> gate, GrayImage image) {
        return reading(predictor, gate, image, false);
    }

    /**
     * {@link #reading} for ink that is either a whole drawing or, with {@code cutOut}, one digit cut out of
     * touching ones, whose shape then says nothing about dots apart ({@link InkShape#of(GrayImage, boolean)}).
     */
    public static Optional<Reading> reading(Predictor predictor, Optional<DigitGate> gate, GrayImage image,
                                            boolean cutOut) {
        Optional<InkShape> shape = InkShape.of(image, cutOut);
        Optional<float[]> input = DigitNormalizer.normalize(image);
        if (shape.isEmpty() || input.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(input.get(), judge(shape.get(), predictor.predict(input.get()), input.get(), gate)));
    }

    /**
     * {@link #reading} for the digits of a written number ({@code cutOut[i]}: image i was cut out of touching ones):
     * the model's answer is its mean over the input's {@link app.digitpad.preprocess.DigitViews}, since the digit's
     * crop depends on the cuts around it ({@link Predictor#predictViewsAll}); the shape rules and the gate are as for
     * any ink. The model and the gate read all of them in one call each: a call has a fixed cost, which a call per
     * digit paid again for every digit of the number. Empty where an image has no ink.
     */
    public static List<Optional<Reading>> readingsInNumber(Predictor predictor, Optional<DigitGate> gate,
                                                           List<GrayImage> images, boolean[] cutOut) {
        int side = DigitNormalizer.SIDE * DigitNormalizer.SIDE;
        List<Optional<InkShape>> shapes = new ArrayList<>();
        List<Optional<float[]>> inputs = new ArrayList<>();
        List<float[]> read = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Optional<InkShape> shape = InkShape.of(images.get(i), cutOut[i]);
            Optional<float[]> input = shape.isEmpty() ? Optional.empty() : DigitNormalizer.normalize(images.get(i));
            shapes.add(shape);
            inputs.add(input);
            input.ifPresent(read::add);
        }
        if (read.isEmpty()) {
            return inputs.stream().map(none -> Optional.<Reading>empty()).toList();
        }
        float[] all = new float[read.size() * side];
        for (int r = 0; r < read.size(); r++) {
            System.arraycopy(read.get(r), 0, all, r * side, side);
        }
        Prediction[] predictions = predictor.predictViewsAll(all, read.size());
        Optional<double[]> digit = gate.map(g -> g.digitProbabilities(all, read.size()));
        List<Optional<Reading>> out = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < images.size(); i++) {
            if (inputs.get(i).isEmpty()) {
                out.add(Optional.empty());
                continue;
            }
            OptionalDouble p = digit.isPresent() ? OptionalDouble.of(digit.get()[r]) : OptionalDouble.empty();
            float[] input = inputs.get(i).get();
            out.add(Optional.of(new Reading(input, of(shapes.get(i).get(), input, predictions[r], p))));
            r++;
        }
        return out;
    }

    /** {@link #reading}'s verdict alone. */
    public static Optional<Verdict> read(Predictor predictor, Optional<DigitGate> gate, GrayImage image) {
        return reading(predictor, gate, image).map(Reading::verdict);
    }

    /** The verdict on an input already normalized from ink of this shape. */
    public static Verdict judge(InkShape shape, float[] input, Predictor predictor, Optional<DigitGate> gate) {
        return judge(shape, predictor.predict(input), input, gate);
    }

    private static Verdict judge(InkShape shape, Prediction prediction, float[] input, Optional<DigitGate> gate) {
        OptionalDouble digit = gate.map(g -> OptionalDouble.of(g.digitProbability(input))).orElse(OptionalDouble.empty());
        return of(shape, input, prediction, digit);
    }

    /**
     * This verdict as it would be without the gate: a refusal by the gate alone (every shape rule passed before
     * the gate was asked) becomes the network's answer, sure or not; any other verdict stays as it is. For a
     * reader that has reason to overrule the gate (a digit cut out of touching ones) without reading again.
     */
    public Verdict withoutGate() {
        return byGateAlone() ? answer(prediction) : this;
    }

    /** Whether this is a refusal by the gate alone: "not a digit" because it does not look like one. */
    public boolean byGateAlone() {
        return kind == Kind.NOT_A_DIGIT && reason.equals(Optional.of(NOT_LIKE_A_DIGIT));
    }

    /** The answer in words, as every front prints it: "7 (98.1%)", "7 (55.0%, not sure)", "not a digit (too thin to read)". */
    public String describe() {
        return switch (kind) {
            case DIGIT -> String.format(java.util.Locale.ROOT, "%d (%.1f%%)", prediction.digit(), 100 * prediction.confidence());
            case UNSURE -> String.format(java.util.Locale.ROOT, "%d (%.1f%%, not sure)", prediction.digit(),
                    100 * prediction.confidence());
            case NOT_A_DIGIT -> "not a digit (" + reason.orElse(NOT_LIKE_A_DIGIT) + ")";
        };
    }

    /** The digit when the answer is one (sure or not), empty for "not a digit". */
    public Optional<Integer> digit() {
        return kind == Kind.NOT_A_DIGIT ? Optional.empty() : Optional.of(prediction.digit());
    }
}
