package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.GrayImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** People's thin bitmaps become pad drawings: thinned to a line one pixel wide, then drawn with the pad's brush. */
class SkeletonRedrawTest {

    @Test
    void aThickBarThinsToALineOnePixelWide() {
        int side = 28;
        boolean[] bar = new boolean[side * side];
        for (int y = 5; y < 23; y++) {
            for (int x = 12; x < 17; x++) {
                bar[y * side + x] = true;
            }
        }
        SkeletonRedraw.thin(bar, side, side);
        int left = 0;
        for (int y = 0; y < side; y++) {
            int across = 0;
            for (int x = 0; x < side; x++) {
                across += bar[y * side + x] ? 1 : 0;
            }
            assertTrue(across <= 1, "row " + y + " is " + across + " pixels wide");
            left += across;
        }
        assertTrue(left >= 10, "the bar's length stays: " + left + " pixels of 18 rows");
    }

    @Test
    void aDoodleIsRedrawnOnThePadWhereItWasWithOnePenWidthOfThePadsRange() {
        float[] ink = new float[28 * 28];
        for (int x = 4; x < 24; x++) {
            ink[14 * 28 + x] = 1;
        }
        GrayImage bitmap = new GrayImage(28, 28, ink);

        GrayImage drawn = SkeletonRedraw.redraw(bitmap, new Random(3));

        assertEquals(280, drawn.width());
        assertEquals(280, drawn.height());
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int leftmost = Integer.MAX_VALUE;
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 280; x++) {
                if (drawn.ink()[y * 280 + x] > 0.5f) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    leftmost = Math.min(leftmost, x);
                }
            }
        }
        double centre = 14 * 8.5 + 21;
        assertTrue(Math.abs((top + bottom) / 2.0 - centre) <= 2, "a level line stays where it was: " + top + "-" + bottom);
        int width = bottom - top + 1;
        assertTrue(width >= SkeletonRedraw.THINNEST - 2 && width <= SkeletonRedraw.THICKEST + 2
                && width >= Stroke.MIN_WIDTH - 2 && width <= Stroke.MAX_WIDTH + 2, "pen width " + width);
        assertTrue(Math.abs(leftmost - (4 * 8.5 + 21 - width / 2.0)) <= 3, "it starts where it did: x " + leftmost);
        assertArrayEquals(drawn.ink(), SkeletonRedraw.redraw(bitmap, new Random(3)).ink(), "the same for a seed");
    }
}
