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
}
