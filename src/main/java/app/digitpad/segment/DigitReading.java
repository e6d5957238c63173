package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.verdict.Verdict;

/**
 * One digit of a written number: where its ink is on the source, what it was read as (a digit, not
 * sure, or not a digit), the 28x28 input the network saw, and the ink that input was made from (the
 * digit alone, as tall as its line), so that the Explain tab explains exactly what was read. Immutable
 * (the arrays are not copied).
 */
public record DigitReading(Box box, Verdict verdict, float[] input, GrayImage ink) {

    /** The same digit read otherwise (a verdict weighed again), its pixels unchanged. */
    public DigitReading withVerdict(Verdict other) {
        return new DigitReading(box, other, input, ink);
    }

    /** The same digit with its box moved (onto a pad, or from a shrunk copy back to the image). */
    public DigitReading withBox(Box other) {
        return new DigitReading(other, verdict, input, ink);
    }

    /** The character this place contributes to the number: the digit, or '?' for ink that is not one. */
    public char character() {
        return verdict.digit().map(d -> (char) ('0' + d)).orElse('?');
    }

    /** How sure the reading is: the winner's probability, 0 for ink that is not a digit. */
    public double confidence() {
        return verdict.kind() == Verdict.Kind.NOT_A_DIGIT ? 0 : verdict.prediction().confidence();
    }
}
