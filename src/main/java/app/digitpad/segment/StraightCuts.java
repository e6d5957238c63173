package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight cuts down the columns where two strokes lie against each other: there every path that may leave its
 * column leaves it to cut less ink and gives the stroke of one digit to the other (a 1 written against the next
 * digit's stem, a 5's bowl against a 6's stem), so only a cut that keeps to the column parts them. They are
 * candidates for reading only; the judge was trained on seams. Any thread; no state.
 */
final class StraightCuts {

    /**
     * A straight cut is added down a column where the ink on both its sides runs on unbroken for at least this
     * share of the digit height. Chosen on made numbers of seed 7, not the benchmark's: of 300 strangers'
     * touching numbers, a straight cut at every column gave 262 a clean cut between every two digits (seams
     * and steady cuts: 239) for 60% more cuts, at 0.2 255 for 21% more, at 0.3 245; read, 0.2 reads 272
     * (seams and steady cuts 268) in 1.45 times the time, every column 270 in 2.6 times (BENCHMARKS.md, which
     * also says that the clean count was looked at on the benchmark's seed while trying values).
     */
    static final double ALONG = 0.2;
    /** Both sides of a column are inked in a row when the fainter of its two pixels there holds more ink than this. */
    static final double SIDE_BY_SIDE = 0.3;
    /**
     * A row counts for a straight cut only where the inked run through the column is at least this many pixels
     * wide: one stroke is 2-3 px wide at the reading height, and a straight cut down the middle of one gave the
     * judge a 6 cut into a 5 and a sliver. Chosen on made numbers of seeds 7 and 8, not the benchmark's
     * (strangers' touching, 300 each): 272 -> 274 and 267 -> 266 right, 20% less reading time; MNIST-made
     * touching seed 7 290 -> 291. Both sides at least 2 px instead: 272 -> 272 (BENCHMARKS.md).
     */
    static final int TWO_STROKES = 4;

    private StraightCuts() {
    }

    /**
     * The straight cut down every column of the group's {@code grid} (its box {@code b}, {@code w} by {@code h})
     * where both sides are inked for at least {@link #ALONG} of the digit height, left to right.
     */
    static List<Cut> of(float[] grid, int w, int h, Box b, int digitHeight) {
        List<Cut> out = new ArrayList<>();
        for (int c = 1; c < w; c++) {
            if (sideBySide(grid, w, h, c) >= ALONG * digitHeight) {
                out.add(straight(grid, w, h, c, b));
            }
        }
        return out;
    }

    /**
     * The longest run of rows in which the boundary before column {@code x} has ink on both sides, the inked run
     * through it at least {@link #TWO_STROKES} wide.
     */
    private static int sideBySide(float[] grid, int w, int h, int x) {
        int longest = 0;
        int run = 0;
        for (int y = 0; y < h; y++) {
            boolean twoStrokes = CutPaths.across(grid, w, y, x) > SIDE_BY_SIDE
                    && inkedRun(grid, w, y, x - 1, -1) + inkedRun(grid, w, y, x, 1) >= TWO_STROKES;
            run = twoStrokes ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** How many pixels on end from column {@code x} of row {@code y}, going {@code step}, are inked. */
    private static int inkedRun(float[] grid, int w, int y, int x, int step) {
        int n = 0;
        for (int at = x; at >= 0 && at < w && grid[y * w + at] > SIDE_BY_SIDE; at += step) {
            n++;
        }
        return n;
    }

    /** The straight cut down the boundary before column {@code x} (relative to the box), and the ink it separates. */
    private static Cut straight(float[] grid, int w, int h, int x, Box b) {
        double inkCut = 0;
        for (int y = 0; y < h; y++) {
            inkCut += CutPaths.across(grid, w, y, x);
        }
        return new Cut(b.y0(), Cut.straight(b.y0(), h, b.x0() + x).columns(), inkCut);
    }
}
