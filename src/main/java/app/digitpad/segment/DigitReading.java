package app.digitpad.segment;

import app.digitpad.verdict.Verdict;

/**
 * One digit of a written number: where its ink is on the source, what it was read as (a digit, not
 * sure, or not a digit), and the 28x28 input the network saw. Immutable (the input is not copied).
 */
public record DigitReading(Box box, Verdict verdict, float[] input) {

    /** The character this place contributes to the number: the digit, or '?' for ink that is not one. */
    public char character() {
        return verdict.digit().map(d -> (char) ('0' + d)).orElse('?');
    }

    /** How sure the reading is: the winner's probability, 0 for ink that is not a digit. */
    public double confidence() {
        return verdict.kind() == Verdict.Kind.NOT_A_DIGIT ? 0 : verdict.prediction().confidence();
    }
}
