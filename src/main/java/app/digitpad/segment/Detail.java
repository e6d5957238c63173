package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;

/**
 * The ink a number's digit is read from. Cuts are found and judged at the reading height ({@link WritingScale}),
 * where a thin stroke shrunk by half or more fades under the normalizer's ink level (a handwriting font's 0 with a
 * hairline side read as 1); the digit model then reads a digit that is a whole group of ink from the image's own
 * pixels, as {@code predict} reads a file. A digit cut out of touching ones is read where it was cut: a cut's pixels
 * blown up to the image's size take blocks of the neighbour's ink with them (a printed 1 cut from a 3 was read 92%
 * sure there and 83% in the image's pixels). Immutable; any thread.
 */
final class Detail {

    private final GrayImage image;
    private final GrayImage shrunk;

    private Detail(GrayImage image, GrayImage shrunk) {
        this.image = image;
        this.shrunk = shrunk;
    }

    /** Digits read from the image their cuts were found in. */
    static Detail of(GrayImage image) {
        return new Detail(image, image);
    }

    /** Digits cut in {@code shrunk} and read from the same place in {@code image}, of which it is a resized copy. */
    static Detail shrunk(GrayImage image, GrayImage shrunk) {
        return new Detail(image, shrunk);
    }

    /** The width of the image the pieces' pixels index (the one cuts are found in). */
    int width() {
        return shrunk.width();
    }

    /**
     * The piece's ink alone, as tall as the line ({@link NumberReader#isolate}): in the image's own pixels, or where
     * it was found when it was {@code cut} out of a group.
     */
    GrayImage alone(NumberReader.Line line, Piece piece, boolean cut) {
        if (image == shrunk || cut) {
            return NumberReader.isolate(shrunk, line, piece);
        }
        double sx = (double) image.width() / shrunk.width();
        double sy = (double) image.height() / shrunk.height();
        Box b = piece.box();
        int top = (int) Math.floor(line.box().y0() * sy);
        int h = Math.min(image.height(), (int) Math.floor((line.box().y1() + 1) * sy)) - top;
        int x0 = (int) Math.floor(b.x0() * sx);
        int boxWidth = Math.min(image.width(), (int) Math.floor((b.x1() + 1) * sx)) - x0;
        int w = Math.max(boxWidth, h);
        int left = x0 - (w - boxWidth) / 2;
        float[] out = new float[w * h];
        for (int p : piece.pixels()) {
            int x = p % shrunk.width();
            int y = p / shrunk.width();
            int fromY = Math.max(top, (int) Math.floor(y * sy));
            int toY = Math.min(top + h, (int) Math.floor((y + 1) * sy));
            int fromX = (int) Math.floor(x * sx);
            int toX = Math.min(image.width(), (int) Math.floor((x + 1) * sx));
            for (int oy = fromY; oy < toY; oy++) {
                for (int ox = fromX; ox < toX; ox++) {
                    out[(oy - top) * w + ox - left] = image.ink()[oy * image.width() + ox];
                }
            }
        }
        return new GrayImage(w, h, out);
    }
}
