package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The height writing is read at: its pieces', or the digits' they group into when those are taller. */
class WritingScaleTest {

    private static final int WIDTH = 200;

    /** A filled rectangle of ink, its corners inclusive. */
    private static Piece block(int x0, int y0, int x1, int y1) {
        List<Integer> pixels = new ArrayList<>();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                pixels.add(y * WIDTH + x);
            }
        }
        return Piece.of(pixels.stream().mapToInt(Integer::intValue).toArray(), WIDTH);
    }

    private static float[] ink() {
        float[] ink = new float[WIDTH * WIDTH];
        java.util.Arrays.fill(ink, 1f);
        return ink;
    }

    @Test
    void separateDigitsAreReadAtTheirOwnHeight() {
        List<Piece> digits = List.of(block(0, 0, 9, 29), block(20, 0, 29, 29), block(40, 0, 49, 29));
        assertEquals(30, WritingScale.digitHeight(digits, ink()));
        assertEquals(30, WritingScale.readingHeight(digits, ink(), NumberReader.MAX_PIECES));
    }

    @Test
    void piecesThatGroupIntoTallerDigitsAreReadAtTheDigitsHeight() {
        // Each digit broken across the middle: two pieces 20 tall over the same columns make one 45 tall.
        List<Piece> halves = new ArrayList<>();
        for (int x = 0; x < 150; x += 30) {
            halves.add(block(x, 0, x + 15, 19));
            halves.add(block(x, 25, x + 15, 44));
        }
        assertEquals(20, WritingScale.digitHeight(halves, ink()));
        assertEquals(45, WritingScale.readingHeight(halves, ink(), NumberReader.MAX_PIECES));
        assertEquals(20, WritingScale.readingHeight(halves, ink(), 5), "more pieces than a number has are not grouped");
    }
}
