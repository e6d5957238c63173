package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bands of rows the pieces cover, counted as lines of writing when they are tall and hold several pieces. */
class WritingLinesTest {

    private static final int WIDTH = 300;

    private static Piece box(int x0, int y0, int x1, int y1) {
        return new Piece(new int[] {y0 * WIDTH + x0, y1 * WIDTH + x1}, new Box(x0, y0, x1, y1));
    }

    /** Three digits 28 px tall on a line whose top is {@code top}. */
    private static List<Piece> line(int top) {
        List<Piece> digits = new ArrayList<>();
        for (int x = 10; x < 100; x += 30) {
            digits.add(box(x, top, x + 18, top + 27));
        }
        return digits;
    }

    @Test
    void oneNumberIsOneLineAndASpeckAboveItIsNoLine() {
        List<Piece> pieces = new ArrayList<>(line(40));
        pieces.add(box(50, 10, 52, 12));
        assertEquals(1, WritingLines.count(pieces, 100, 28));
    }

    @Test
    void numbersOneAboveTheOtherAreTwoLines() {
        List<Piece> pieces = new ArrayList<>(line(10));
        pieces.addAll(line(50));
        assertEquals(2, WritingLines.count(pieces, 100, 28));
    }

    @Test
    void aDigitBrokenAcrossItsMiddleIsNotTwoLines() {
        List<Piece> halves = List.of(box(10, 10, 28, 22), box(10, 26, 28, 38));
        assertEquals(0, WritingLines.count(halves, 60, 13), "each half a band of one piece");
        List<Piece> number = new ArrayList<>(halves);
        number.add(box(40, 10, 58, 38));
        assertEquals(1, WritingLines.count(number, 60, 13), "beside another digit the rows are covered throughout");
    }
}
