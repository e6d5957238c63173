package app.digitpad.preprocess;

/**
 * An image reduced to ink intensity, 0 = background, 1 = full ink, whatever its colours were. The one
 * currency between canvas, image files and the normalizer.
 */
public record GrayImage(int width, int height, float[] ink) {

    public GrayImage {
        if (width <= 0 || height <= 0 || ink.length != width * height) {
            throw new IllegalArgumentException("bad image " + width + "x" + height + " with " + ink.length + " pixels");
        }
    }

    public float at(int x, int y) {
        return ink[y * width + x];
    }

    /** This image scaled to {@code w} x {@code h} pixels (area-averaged, so thin strokes fade instead of vanishing). */
    public GrayImage resized(int w, int h) {
        return new GrayImage(w, h, Resampler.resize(ink, width, height, w, h));
    }

    /** This image scaled (area-averaged, aspect kept) and centred on a square of {@code side} pixels. */
    public GrayImage fittedInto(int side) {
        double scale = Math.min((double) side / width, (double) side / height);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        float[] scaled = Resampler.resize(ink, width, height, w, h);
        float[] out = new float[side * side];
        int left = (side - w) / 2;
        int top = (side - h) / 2;
        for (int y = 0; y < h; y++) {
            System.arraycopy(scaled, y * w, out, (top + y) * side + left, w);
        }
        return new GrayImage(side, side, out);
    }
}
