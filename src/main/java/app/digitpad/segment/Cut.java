package app.digitpad.segment;

import java.util.Arrays;

/**
 * A path that cuts a group of ink in two from top to bottom: for every row of the group's box, the first
 * image column that belongs to the right side. Touching digits meet at a point and their boxes often
 * overlap (a 7's bar over the next digit), so the path bends around ink instead of being one column.
 * {@code inkCut} is how much ink it separates. Immutable (the array is not copied).
 */
record Cut(int top, int[] columns, double inkCut) {

    /** A straight cut at image column {@code x} over {@code rows} rows from {@code top}: the group's edges. */
    static Cut straight(int top, int rows, int x) {
        int[] columns = new int[rows];
        Arrays.fill(columns, x);
        return new Cut(top, columns, 0);
    }

    /** The first column of the right side in image row {@code y}. */
    int at(int y) {
        return columns[Math.max(0, Math.min(columns.length - 1, y - top))];
    }

    /** The mean column: cuts are ordered by it. */
    double centre() {
        return Arrays.stream(columns).average().orElse(0);
    }

    /** The pixels of {@code group} between this cut and {@code right}, or null when there are none. */
    Piece segmentTo(Cut right, Piece group, int imageWidth) {
        int[] kept = Arrays.stream(group.pixels()).filter(p -> {
            int x = p % imageWidth;
            int y = p / imageWidth;
            return x >= at(y) && x < right.at(y);
        }).toArray();
        return kept.length == 0 ? null : Piece.of(kept, imageWidth);
    }
}
