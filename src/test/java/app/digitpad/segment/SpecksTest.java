package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.inference.Prediction;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A place of a shrunk image is specks when more than {@link Verdict#MAX_PIECES} of the image's own pieces lie
 * in it: 150 one-pixel specks on the left of a 200x40 image, a copy shrunk by two, a digit's box on the right.
 */
class SpecksTest {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 40;

    @Test
    void aPlaceOverManyOfTheImagesPiecesIsSpecksAndOnlyItsDigitIsAnsweredSo() {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int x = 2 * (i % 30);
            int y = 4 + 6 * (i / 30);
            pieces.add(Piece.of(new int[] {y * WIDTH + x}, WIDTH));
        }
        pieces.add(Piece.of(new int[] {20 * WIDTH + 150, 21 * WIDTH + 150}, WIDTH));
        Specks specks = new Specks(pieces, 2, 2, WIDTH, HEIGHT);

        assertTrue(specks.speckled(new Box(0, 0, 30, 19)), "the shrunk copy's left holds all 150 specks");
        assertFalse(specks.speckled(new Box(0, 0, 10, 19)), "a third of them is a few dozen, as a digit's ink can be");
        assertFalse(specks.speckled(new Box(60, 0, 99, 19)), "the right holds one piece");

        Verdict seven = new Verdict(Verdict.Kind.DIGIT, new Prediction(7, new float[10]), Optional.empty());
        NumberReading reading = new NumberReading(List.of(
                new DigitReading(new Box(0, 0, 61, 39), seven, null, null),
                new DigitReading(new Box(140, 10, 160, 30), seven, null, null)));
        NumberReading answered = specks.answer(reading);
        assertEquals(Verdict.Kind.NOT_A_DIGIT, answered.digits().get(0).verdict().kind());
        assertEquals(Optional.of(Verdict.SPECKLED), answered.digits().get(0).verdict().reason());
        assertEquals(seven, answered.digits().get(1).verdict(), "ink of few pieces keeps its reading");
    }
}
