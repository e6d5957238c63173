package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a group too wide to be one run of touching digits is divided before its cuts are searched. */
class SectionsTest {

    private static final int HEIGHT = 28;

    /** Straight cuts at every other column of a group {@code width} wide, cutting ink {@code ink(x)}. */
    private static List<Cut> cuts(int width, java.util.function.IntToDoubleFunction ink) {
        List<Cut> cuts = new ArrayList<>();
        for (int x = 0; x <= width; x += 2) {
            int[] columns = new int[HEIGHT];
            java.util.Arrays.fill(columns, x);
            cuts.add(new Cut(0, columns, x == 0 || x == width ? 0 : ink.applyAsDouble(x)));
        }
        return cuts;
    }

    @Test
    void aGroupNoWiderThanTenDigitsIsOneSection() {
        assertArrayEquals(new int[] {0, 140}, Sections.bounds(cuts(280, x -> 5), HEIGHT));
    }

    @Test
    void aWiderGroupIsDividedWhereItHoldsTheLeastInkEveryTenDigitsAtMost() {
        // 30 digit heights of ink cut 5 everywhere, but 1 at columns 200, 400 and 620.
        List<Cut> cuts = cuts(30 * HEIGHT, x -> x == 200 || x == 400 || x == 620 ? 1 : 5);
        int[] bounds = Sections.bounds(cuts, HEIGHT);
        assertArrayEquals(new int[] {0, 100, 200, 310, 420}, bounds, "cut indexes (a cut every other column)");
        for (int k = 1; k < bounds.length; k++) {
            double width = cuts.get(bounds[k]).centre() - cuts.get(bounds[k - 1]).centre();
            assertTrue(width <= Sections.WIDEST * HEIGHT, "section " + k + " is " + width + " px");
        }
    }
}
