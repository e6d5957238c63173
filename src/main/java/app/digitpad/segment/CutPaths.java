package app.digitpad.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a group of ink might be cut into digits: for every column, the path from top to bottom near it
 * that separates the least ink (a seam: it bends around strokes, one column per row at most). Paths that
 * split the ink alike (they differ only where there is none) count once. The group's left and right edges
 * come first and last. For reading, a group wider than one digit also gets steady cuts, which pay more for
 * leaving their column: where two digits' strokes run side by side (a 3's back against a 9's loop), the
 * seam cuts through the thinner loop instead, and only a cut that keeps to the column separates them. Where
 * two strokes lie against each other down a column (a 1 written against the next digit's stem), every path
 * that may leave the column leaves it to cut less ink and gives the 1 to one of them: such a group, and a
 * narrower one the judge doubts is one digit, also gets the straight cut down that column ({@link StraightCuts}).
 * Any thread; no state.
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
    /**
     * A steady cut's cost of straying one column. Chosen on made numbers of seeds 7-10, not the benchmark's
     * (touching, 2-6 digits; BENCHMARKS.md): 0.3 read 1,530 of 1,800 real-handwriting numbers where seams alone
     * read 1,450, and 1,665 of 1,800 MNIST-made ones (seams 1,650); 0.6 read more of the real ones on seeds
     * 7 and 8 but fewer MNIST-made ones on every seed (1,636).
     */
    static final double STEADY_STRAY = 0.3;
    /**
     * Steady cuts start at every this many columns: from every column they cost 3.4 times the reading time of
     * a touching number and read no more (seed 7, real handwriting: 259 of 300 from every column, 258 from every
     * other; seed 9: 414 and 418 of 500), from every other one about twice.
     */
    static final int STEADY_EVERY = 2;

    private CutPaths() {
    }

    /**
     * The seams of {@code group}, left edge first, right edge last, ordered by their mean column: the cuts the
     * {@link SegmentJudge} was trained on.
     */
    static List<Cut> of(Piece group, float[] ink, int imageWidth, int digitHeight) {
        return of(group, ink, imageWidth, digitHeight, false, false);
    }

    /**
     * The seams and, on a group wider than one digit can be, the steady cuts ({@link #STEADY_STRAY}) and straight
     * cuts ({@link StraightCuts}) too.
     */
    static List<Cut> forReading(Piece group, float[] ink, int imageWidth, int digitHeight) {
        return forReading(group, ink, imageWidth, digitHeight, false);
    }

    /**
     * As {@link #forReading(Piece, float[], int, int)}, and with {@code straight} the straight cuts also on a group
     * no wider than one digit can be: for one the judge doubts is a single digit (a wide 5 whose bowl lies against
     * a narrow 6's stem, together hardly wider than one digit, where every seam cuts through the 6's loop).
     */
    static List<Cut> forReading(Piece group, float[] ink, int imageWidth, int digitHeight, boolean straight) {
        return of(group, ink, imageWidth, digitHeight, true, straight);
    }

    private static List<Cut> of(Piece group, float[] ink, int imageWidth, int digitHeight, boolean steady,
                                boolean straight) {
        Box b = group.box();
        int w = b.width();
        int h = b.height();
        float[] grid = new float[w * h];
        for (int p : group.pixels()) {
            grid[(p / imageWidth - b.y0()) * w + p % imageWidth - b.x0()] = ink[p];
        }
        int reach = Math.max(1, (int) Math.round(REACH * digitHeight));
        boolean wide = w > CutSearch.WIDEST * digitHeight;
        int[] before = inkBefore(grid, w, h);
        Splits kept = new Splits(group, before);
        for (int c = 1; c < w; c++) {
            kept.addIfNew(path(grid, w, h, c, reach, b, STRAY));
        }
        if (steady && wide) {
            for (int c = STEADY_EVERY; c < w; c += STEADY_EVERY) {
                kept.addIfNew(path(grid, w, h, c, reach, b, STEADY_STRAY));
            }
        }
        List<Cut> cuts = kept.cuts;
        cuts.sort(Comparator.comparingDouble(Cut::centre));
        if (!wide) {
            cuts = leastInkNearby(cuts);
        }
        if (steady && (wide || straight)) {
            Splits all = new Splits(group, before);
            cuts.forEach(all::addIfNew);
            StraightCuts.of(grid, w, h, b, digitHeight).forEach(all::addIfNew);
            cuts = all.cuts;
            cuts.sort(Comparator.comparingDouble(Cut::centre));
        }
        cuts.add(0, Cut.straight(b.y0(), h, b.x0()));
        cuts.add(Cut.straight(b.y0(), h, b.x1() + 1));
        return cuts;
    }

    /** Cuts that each split the group's ink in a way no earlier one did (both sides holding ink). */
    private static final class Splits {
        private final Piece group;
        private final int[] leftOf;
        private final java.util.Set<java.nio.IntBuffer> seen = new java.util.HashSet<>();
        private final List<Cut> cuts = new ArrayList<>();

        Splits(Piece group, int[] leftOf) {
            this.group = group;
            this.leftOf = leftOf;
        }

        void addIfNew(Cut cut) {
            Box box = group.box();
            int h = box.height();
            int w = box.width();
            int[] split = new int[h];
            int onLeft = 0;
            for (int y = 0; y < h; y++) {
                split[y] = leftOf[y * (w + 1) + cut.columns()[y] - box.x0()];
                onLeft += split[y];
            }
            if (onLeft > 0 && onLeft < group.area() && seen.add(java.nio.IntBuffer.wrap(split))) {
                cuts.add(cut);
            }
        }
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
    static double across(float[] grid, int w, int y, int x) {
        return x == 0 || x == w ? 0 : Math.min(grid[y * w + x - 1], grid[y * w + x]);
    }

    /**
     * The least-ink path from top to bottom starting near column {@code start} (relative to the box): at each
     * row the boundary between columns x-1 and x costs the ink it separates (the fainter of the two), and
     * {@code stray} for each column it lies away from {@code start}.
     */
    private static Cut path(float[] grid, int w, int h, int start, int reach, Box b, double stray) {
        int lo = Math.max(0, start - reach);
        int hi = Math.min(w, start + reach);
        int span = hi - lo + 1;
        double[] cost = new double[h * span];
        int[] from = new int[h * span];
        for (int y = 0; y < h; y++) {
            for (int i = 0; i < span; i++) {
                int x = lo + i;
                double here = across(grid, w, y, x) + stray * Math.abs(x - start);
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
