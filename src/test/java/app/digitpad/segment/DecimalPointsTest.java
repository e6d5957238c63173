package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which small pieces are decimal points: round, on the baseline, between two digits, over neither. */
class DecimalPointsTest {

    private static Piece digit(int x0, int x1) {
        return new Piece(new int[0], new Box(x0, 10, x1, 70));
    }

    private static final List<Piece> DIGITS = List.of(digit(0, 30), digit(50, 80));

    @Test
    void aRoundDotOnTheBaselineBetweenDigitsIsAPoint() {
        Box dot = new Box(37, 62, 43, 68);
        assertTrue(DecimalPoints.dotLike(dot, 60));
        assertTrue(DecimalPoints.between(dot, DIGITS));
    }

    @Test
    void aDashASpeckABlotAHighDotAndADotUnderADigitAreNot() {
        assertFalse(DecimalPoints.dotLike(new Box(30, 64, 50, 67), 60), "a dash");
        assertFalse(DecimalPoints.dotLike(new Box(40, 65, 41, 66), 60), "a stray pixel or two");
        assertFalse(DecimalPoints.dotLike(new Box(32, 40, 52, 60), 60), "a blot a third of a digit high");
        assertFalse(DecimalPoints.between(new Box(37, 35, 43, 41), DIGITS), "at mid-height");
        assertFalse(DecimalPoints.between(new Box(24, 62, 32, 68), DIGITS), "under the first digit's columns");
        assertFalse(DecimalPoints.between(new Box(90, 62, 96, 68), DIGITS), "after the last digit");
    }
}
