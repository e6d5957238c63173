package app.digitpad.ui.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {

    private static final double LINE = 14;

    private static boolean overlap(LabelLayout.Place a, double wa, LabelLayout.Place b, double wb) {
        boolean sameLine = Math.abs(a.baseline() - b.baseline()) < LINE;
        return sameLine && a.x() < b.x() + wb && b.x() < a.x() + wa;
    }

    @Test
    void labelsOfTouchingDigitsNeverOverlap() {
        List<LabelLayout.Item> items = List.of(
                new LabelLayout.Item(100, 50, 120, 120, 45),
                new LabelLayout.Item(118, 52, 160, 120, 50),
                new LabelLayout.Item(158, 50, 200, 120, 50),
                new LabelLayout.Item(300, 50, 340, 120, 50));
        List<LabelLayout.Place> places = LabelLayout.place(items, LINE, 280);
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                assertFalse(overlap(places.get(i), items.get(i).labelWidth(), places.get(j), items.get(j).labelWidth()),
                        i + " and " + j + ": " + places);
            }
        }
        assertEquals(new LabelLayout.Place(100, 48), places.get(0), "room above: at the box's corner");
        assertEquals(136, places.get(1).baseline(), "the neighbour's label goes below its box");
        assertEquals(new LabelLayout.Place(300, 48), places.get(3), "a digit apart keeps its place");

        List<LabelLayout.Place> low = LabelLayout.place(items, LINE, 130);
        assertEquals(50, low.get(1).baseline(), "no room below: above its box, pushed right");
        assertEquals(100 + 45 + LabelLayout.GAP, low.get(1).x());
    }
}
