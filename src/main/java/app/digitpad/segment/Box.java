package app.digitpad.segment;

/**
 * An inclusive pixel rectangle on the source image: where a digit was found, for drawing it over the ink
 * and for the JSON answer. Immutable.
 */
public record Box(int x0, int y0, int x1, int y1) {

    public int width() {
        return x1 - x0 + 1;
    }

    public int height() {
        return y1 - y0 + 1;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    /** Whether the pixel (x, y) is inside. */
    public boolean contains(int x, int y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    /** Columns both boxes cover. */
    public int xOverlap(Box other) {
        return Math.max(0, Math.min(x1, other.x1) - Math.max(x0, other.x0) + 1);
    }

    /** Rows both boxes cover. */
    public int yOverlap(Box other) {
        return Math.max(0, Math.min(y1, other.y1) - Math.max(y0, other.y0) + 1);
    }

    /** Empty columns between the boxes (0 when they overlap in x). */
    public int xGap(Box other) {
        return Math.max(0, Math.max(x0, other.x0) - Math.min(x1, other.x1) - 1);
    }

    /** The pixels this box covers on a copy scaled by {@code sx}, {@code sy}, within a {@code width} x {@code height} image. */
    public Box scaled(double sx, double sy, int width, int height) {
        return new Box((int) Math.floor(x0 * sx), (int) Math.floor(y0 * sy),
                Math.min(width - 1, (int) Math.ceil((x1 + 1) * sx) - 1), Math.min(height - 1, (int) Math.ceil((y1 + 1) * sy) - 1));
    }
}
