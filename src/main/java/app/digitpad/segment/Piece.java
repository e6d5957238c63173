package app.digitpad.segment;

import java.util.Arrays;

/**
 * Some of an image's ink pixels, by index into the image (row-major), and their box: a connected
 * component, a group of them that make one digit, or the stretch between two cuts. Immutable.
 */
record Piece(int[] pixels, Box box) {

    /** All the pixels of both. */
    Piece merge(Piece other) {
        int[] both = Arrays.copyOf(pixels, pixels.length + other.pixels.length);
        System.arraycopy(other.pixels, 0, both, pixels.length, other.pixels.length);
        return new Piece(both, box.union(other.box));
    }

    int area() {
        return pixels.length;
    }

    /** A piece of these pixels, its box computed. */
    static Piece of(int[] pixels, int imageWidth) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int p : pixels) {
            int x = p % imageWidth;
            int y = p / imageWidth;
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        return new Piece(pixels, new Box(x0, y0, x1, y1));
    }
}
