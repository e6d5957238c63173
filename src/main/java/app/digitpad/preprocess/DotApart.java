package app.digitpad.preprocess;

import java.util.List;

/**
 * Finds a pen-made dot wholly above or below the rest of the ink, as in ? ! i j ; — a mark no single digit
 * has. The gate cannot learn this from other kinds (a gate not shown question marks passed every one as a 2
 * or a 7 with a speck, BENCHMARKS.md), so it is settled by shape. The limits keep MNIST's broken strokes
 * and specks out (none of its 60,000 training or 10,000 test digits has such a dot); of 40 question marks
 * and 40 exclamation marks drawn at the pad's brush widths (seed 777), 35 and 32 have one (the others' dot
 * touches the stroke). Any thread; no state.
 */
public final class DotApart {

    /** A dot's longest side is this many pen widths at most (a pen dot: about 1-1.8) ... */
    static final double MAX_PENS = 2.5;
    /** ... and at least this many (thinner specks are dust or anti-aliasing). */
    static final double MIN_PENS = 0.8;
    /**
     * Its longest side against the ink's longest side: at least this (a dot of the pad's thinnest brush under
     * a ! as tall as the pad: 0.03; the speck of dust over a photographed 1 in {@code ../shared/realdigits}: 0.02) ...
     */
    static final double MIN_OF_INK = 0.025;
    /** ... and at most this (a larger piece is a stroke of its own). */
    static final double MAX_OF_INK = 0.3;
    /** Round: its shorter side over its longer one at least this (a broken stroke's piece is longer). */
    static final double ROUND = 0.6;
    /** Solid: this share of its box inked at least (MNIST's broken pieces: 0.5-0.65). */
    static final double SOLID = 0.7;
    /**
     * Dark: its mean ink at least this. A pen's dot on the pad: 0.86-0.97. MNIST's training digits with a
     * round speck apart: 11 at 0.5, 2 at 0.7, none from 0.75 (chosen there, not on the test digits).
     */
    static final double DARK = 0.75;

    private DotApart() {
    }

    /**
     * Whether {@code crop} (ink cropped to its box, pen width {@code pen} pixels, ink in {@code pieces} as
     * {@link InkPieces} finds them) has such a dot.
     */
    static boolean in(GrayImage crop, double pen, List<int[]> pieces) {
        if (pieces.size() < 2) {
            return false;
        }
        int w = crop.width();
        int[] main = pieces.get(0);
        for (int[] piece : pieces) {
            main = piece.length > main.length ? piece : main;
        }
        int[] mainBox = box(main, w);
        double inkSide = Math.max(crop.width(), crop.height());
        for (int[] piece : pieces) {
            if (piece == main) {
                continue;
            }
            int[] box = box(piece, w);
            if (isDot(piece, box, pen, inkSide, crop.ink()) && apart(box, mainBox)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDot(int[] piece, int[] box, double pen, double inkSide, float[] ink) {
        int width = box[2] - box[0] + 1;
        int height = box[3] - box[1] + 1;
        double longest = Math.max(width, height);
        double sum = 0;
        for (int p : piece) {
            sum += ink[p];
        }
        return longest >= MIN_PENS * pen && longest <= MAX_PENS * pen
                && longest >= MIN_OF_INK * inkSide && longest <= MAX_OF_INK * inkSide
                && Math.min(width, height) >= ROUND * longest
                && piece.length >= SOLID * width * height
                && sum >= DARK * piece.length;
    }

    /** Wholly above or wholly below. */
    private static boolean apart(int[] dot, int[] main) {
        return dot[1] > main[3] || dot[3] < main[1];
    }

    /** x0, y0, x1, y1 of the pixels. */
    private static int[] box(int[] pixels, int width) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int p : pixels) {
            int x = p % width;
            int y = p / width;
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
        }
        return b;
    }
}
