package app.digitpad.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a group of ink might be cut into digits: for every column, the path from top to bottom near it
 * that separates the least ink (a seam: it bends around strokes, one column per row at most). Paths that
 * split the ink alike (they differ only where there is none) count once. The group's left and right edges
 * come first and last. Any thread; no state.
 */
final class CutPaths {

    /** A path strays at most this fraction of the line's digit height from its column. */
    static final double REACH = 0.3;
    /** A path moves at most this many columns from one row to the next. */
    static final int STEP = 1;
    /** Of cuts whose centres lie within this many columns, only the one separating the least ink is kept. */
    static final double NEARBY = 1.5;
    /** Cost of straying one column from the start column, in units of one fully inked pixel cut. */
    static final double STRAY = 0.05;

    private CutPaths() {
    }

    /** The candidate cuts of {@code group}, left edge first, right edge last, ordered by their mean column. */
    static List<Cut> of(Piece group, float[] ink, int imageWidth, int digitHeight) {
        Box b = group.box();
        int w = b.width();
        int h = b.height();
        float[] grid = new float[w * h];
        for (int p : group.pixels()) {
            grid[(p / imageWidth - b.y0()) * w + p % imageWidth - b.x0()] = ink[p];
        }
        int reach = Math.max(1, (int) Math.round(REACH * digitHeight));
        int[] leftOf = inkBefore(grid, w, h);
        java.util.Set<java.nio.IntBuffer> splits = new java.util.HashSet<>();
        List<Cut> kept = new ArrayList<>();
        for (int c = 1; c < w; c++) {
            Cut cut = path(grid, w, h, c, reach, b);
            int[] split = new int[h];
            int onLeft = 0;
            for (int y = 0; y < h; y++) {
                split[y] = leftOf[y * (w + 1) + cut.columns()[y] - b.x0()];
                onLeft += split[y];
            }
            if (onLeft > 0 && onLeft < group.area() && splits.add(java.nio.IntBuffer.wrap(split))) {
                kept.add(cut);
            }
        }
        kept.sort(Comparator.comparingDouble(Cut::centre));
        if (w <= CutSearch.WIDEST * digitHeight) {
            kept = leastInkNearby(kept);
        }
        kept.add(0, Cut.straight(b.y0(), h, b.x0()));
        kept.add(Cut.straight(b.y0(), h, b.x1() + 1));
        return kept;
    }

    /**
     * The cuts (ordered by centre) that separate no more ink than any other cut within {@link #NEARBY} columns,
     * and on a stretch where many separate the same ink, one every {@link #NEARBY} columns: neighbouring paths
     * through the same stroke differ by a pixel or two, and each one kept makes the judge score a stretch more
     * on either side. Only for a group no wider than one digit can be ({@link CutSearch#WIDEST}): on wider ones
     * (digits that touch) it cost touching numbers 1.2 points.
     */
    private static List<Cut> leastInkNearby(List<Cut> cuts) {
        List<Cut> out = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            Cut c = cuts.get(i);
            boolean least = true;
            for (int j = Math.max(0, i - 4); j < Math.min(cuts.size(), i + 5) && least; j++) {
                Cut o = cuts.get(j);
                least = j == i || Math.abs(o.centre() - c.centre()) > NEARBY || o.inkCut() >= c.inkCut();
            }
            Cut last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean spaced = last == null || c.centre() - last.centre() > NEARBY || last.inkCut() > c.inkCut();
            if (least && spaced) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * For every row and every boundary position 0..w, how many of the group's pixels lie before it: a cut's
     * counts per row say exactly which pixels it puts on the left.
     */
    private static int[] inkBefore(float[] grid, int w, int h) {
        int[] before = new int[h * (w + 1)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                before[y * (w + 1) + x + 1] = before[y * (w + 1) + x] + (grid[y * w + x] > 0 ? 1 : 0);
            }
        }
        return before;
    }

    /**
     * The ink a path separates between row {@code y - 1} and row {@code y} when it moves from column
     * {@code before} to {@code after}: the columns in between lie on one side above and on the other below.
     */
    private static double shiftCut(float[] grid, int w, int y, int before, int after) {
        double cut = 0;
        for (int x = Math.min(before, after); x < Math.max(before, after) && x < w; x++) {
            cut += Math.min(grid[(y - 1) * w + x], grid[y * w + x]);
        }
        return cut;
    }

    /** The ink separated in row {@code y} by a boundary before column {@code x}: the fainter side (none at the box's edges). */
    private static double across(float[] grid, int w, int y, int x) {
        return x == 0 || x == w ? 0 : Math.min(grid[y * w + x - 1], grid[y * w + x]);
    }

    /**
     * The least-ink path from top to bottom starting near column {@code start} (relative to the box): at each
     * row the boundary between columns x-1 and x costs the ink it separates (the fainter of the two).
     */
    private static Cut path(float[] grid, int w, int h, int start, int reach, Box b) {
        int lo = Math.max(0, start - reach);
        int hi = Math.min(w, start + reach);
        int span = hi - lo + 1;
        double[] cost = new double[h * span];
        int[] from = new int[h * span];
        for (int y = 0; y < h; y++) {
            for (int i = 0; i < span; i++) {
                int x = lo + i;
                double here = across(grid, w, y, x) + STRAY * Math.abs(x - start);
                if (y == 0) {
                    cost[i] = here;
                    continue;
                }
                double best = Double.MAX_VALUE;
                int arg = i;
                for (int d = -STEP; d <= STEP; d++) {
                    int j = i + d;
                    if (j < 0 || j >= span) {
                        continue;
                    }
                    double total = cost[(y - 1) * span + j] + shiftCut(grid, w, y, lo + j, x);
                    if (total < best) {
                        best = total;
                        arg = j;
                    }
                }
                cost[y * span + i] = best + here;
                from[y * span + i] = arg;
            }
        }
        int end = 0;
        for (int i = 1; i < span; i++) {
            if (cost[(h - 1) * span + i] < cost[(h - 1) * span + end]) {
                end = i;
            }
        }
        int[] columns = new int[h];
        double inkCut = 0;
        for (int y = h - 1, i = end; y >= 0; y--) {
            int x = lo + i;
            columns[y] = b.x0() + x;
            inkCut += across(grid, w, y, x);
            i = from[y * span + i];
            if (y > 0) {
                inkCut += shiftCut(grid, w, y, lo + i, x);
            }
        }
        return new Cut(b.y0(), columns, inkCut);
    }
}
