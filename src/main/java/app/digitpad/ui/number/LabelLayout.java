package app.digitpad.ui.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each box's label goes so that no two labels overlap: above its box at its left edge when there is
 * room, else below its box, else pushed right past the label before it (above). Boxes of touching digits
 * sit side by side and their labels ("1 19%", "0 100%") are wider than the boxes. Pure geometry; any thread.
 */
final class LabelLayout {

    /** A box in canvas pixels and its label's width. */
    record Item(double x0, double y0, double x1, double y1, double labelWidth) {
    }

    /** A label's left edge and baseline. */
    record Place(double x, double baseline) {
    }

    /** Space between two labels on one line. */
    static final double GAP = 4;

    private LabelLayout() {
    }

    /**
     * Places, in the order of {@code items}; {@code lineHeight}: the labels' height; {@code bottom}: the
     * lowest baseline the canvas shows.
     */
    static List<Place> place(List<Item> items, double lineHeight, double bottom) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> items.get(i).x0()));
        Place[] places = new Place[items.size()];
        double aboveEnd = Double.NEGATIVE_INFINITY;
        double belowEnd = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            Item it = items.get(i);
            double above = Math.max(lineHeight, it.y0() - 2);
            double below = it.y1() + lineHeight + 2;
            if (it.x0() >= aboveEnd + GAP) {
                places[i] = new Place(it.x0(), above);
                aboveEnd = it.x0() + it.labelWidth();
            } else if (it.x0() >= belowEnd + GAP && below <= bottom) {
                places[i] = new Place(it.x0(), below);
                belowEnd = it.x0() + it.labelWidth();
            } else {
                double x = aboveEnd + GAP;
                places[i] = new Place(x, above);
                aboveEnd = x + it.labelWidth();
            }
        }
        return List.of(places);
    }
}
