package app.digitpad.verdict;

import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * People's doodles come as 28x28 bitmaps of thin, hard lines, unlike anything drawn on the pad; a gate taught
 * them as they are could learn their look instead of their shapes. This thins a bitmap to its one-pixel
 * skeleton and draws the skeleton again on the pad's 280x280 canvas with the pad's own round brush
 * ({@link Drawing}), one pen width per drawing, so a taught doodle looks as a drawn one does. Any thread.
 */
public final class SkeletonRedraw {

    /** Ink above this is part of the line (the bitmaps' anti-aliased edges are below it). */
    static final float INK = 0.3f;
    /** Pen widths drawn with, in pad pixels: about the pad's brush range (6-40) without its extremes. */
    static final double THINNEST = 8;
    static final double THICKEST = 32;
    /** A bitmap pixel is this many pad pixels, and the bitmap's corner sits this far in: 28 px fill 238 of 280. */
    private static final double SCALE = 8.5;
    private static final double OFFSET = 21;
    /** Neighbours joined by a segment, each pair once: right, down and the two diagonals below. */
    private static final int[][] FORWARD = {{1, 0}, {0, 1}, {1, 1}, {-1, 1}};

    private SkeletonRedraw() {
    }

    /** {@code bitmap} (28x28) redrawn with the pad's brush at a width drawn from {@code random}. */
    public static GrayImage redraw(GrayImage bitmap, Random random) {
        int side = bitmap.width();
        boolean[] on = new boolean[side * bitmap.height()];
        float[] ink = bitmap.ink();
        for (int i = 0; i < on.length; i++) {
            on[i] = ink[i] > INK;
        }
        thin(on, side, bitmap.height());
        double width = THINNEST + random.nextDouble() * (THICKEST - THINNEST);
        List<Stroke> strokes = new ArrayList<>();
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < side; x++) {
                if (on[y * side + x]) {
                    strokes.addAll(segmentsFrom(on, side, bitmap.height(), x, y, width));
                }
            }
        }
        return new Drawing(strokes).ink();
    }

    /** A segment to each skeleton neighbour ahead of ({@code x}, {@code y}), or a dot when it has none. */
    private static List<Stroke> segmentsFrom(boolean[] on, int w, int h, int x, int y, double width) {
        List<Stroke> out = new ArrayList<>();
        for (int[] d : FORWARD) {
            int xx = x + d[0];
            int yy = y + d[1];
            if (xx >= 0 && yy >= 0 && xx < w && yy < h && on[yy * w + xx]) {
                out.add(new Stroke(width, List.of(at(x, y), at(xx, yy))));
            }
        }
        return out.isEmpty() ? List.of(new Stroke(width, List.of(at(x, y)))) : out;
    }

    private static Stroke.Point at(int x, int y) {
        return new Stroke.Point(x * SCALE + OFFSET, y * SCALE + OFFSET);
    }

    /** Zhang and Suen's thinning (1984), in place: peels the line's edges in two alternating passes. */
    static void thin(boolean[] img, int w, int h) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pass = 0; pass < 2; pass++) {
                List<Integer> peel = new ArrayList<>();
                for (int y = 1; y < h - 1; y++) {
                    for (int x = 1; x < w - 1; x++) {
                        if (img[y * w + x] && peelable(img, w, x, y, pass)) {
                            peel.add(y * w + x);
                        }
                    }
                }
                peel.forEach(i -> img[i] = false);
                changed |= !peel.isEmpty();
            }
        }
    }

    /** Whether a line pixel is an edge that thinning may remove in {@code pass} without breaking the line. */
    private static boolean peelable(boolean[] img, int w, int x, int y, int pass) {
        boolean[] p = {img[(y - 1) * w + x], img[(y - 1) * w + x + 1], img[y * w + x + 1], img[(y + 1) * w + x + 1],
                img[(y + 1) * w + x], img[(y + 1) * w + x - 1], img[y * w + x - 1], img[(y - 1) * w + x - 1]};
        int neighbours = 0;
        int rises = 0;
        for (int i = 0; i < 8; i++) {
            neighbours += p[i] ? 1 : 0;
            rises += !p[i] && p[(i + 1) % 8] ? 1 : 0;
        }
        if (neighbours < 2 || neighbours > 6 || rises != 1) {
            return false;
        }
        return pass == 0 ? !(p[0] && p[2] && p[4]) && !(p[2] && p[4] && p[6])
                : !(p[0] && p[2] && p[6]) && !(p[0] && p[4] && p[6]);
    }
}
