package app.digitpad.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One split of MNIST held as raw bytes, the form the IDX files use, so a split costs 47 MB rather than
 * four times that as floats until it is turned into tensors once.
 *
 * @param name   "train" or "test", for messages and checkpoint metadata
 * @param pixels count x 784 grey levels, 0 = background, 255 = ink
 * @param labels count digits 0-9
 */
public record MnistSet(String name, byte[] pixels, byte[] labels) {

    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;

    public MnistSet {
        if (pixels.length != labels.length * PIXELS) {
            throw new IllegalArgumentException(
                    name + ": " + labels.length + " labels but " + pixels.length / PIXELS + " images");
        }
    }

    public int size() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index];
    }

    /** The first {@code limit} examples (all of them when limit is null or not smaller than the size). */
    public MnistSet limit(Integer limit) {
        if (limit == null || limit >= size()) {
            return this;
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        byte[] p = java.util.Arrays.copyOf(pixels, limit * PIXELS);
        byte[] l = java.util.Arrays.copyOf(labels, limit);
        return new MnistSet(name, p, l);
    }

    /** One image as 0..1 floats, ink high: the network's input scale. */
    public float[] image(int index) {
        float[] out = new float[PIXELS];
        int base = index * PIXELS;
        for (int i = 0; i < PIXELS; i++) {
            out[i] = (pixels[base + i] & 0xFF) / 255f;
        }
        return out;
    }

    /** All images as one [n,1,28,28] float tensor scaled to 0..1, built once and sliced by views. */
    public INDArray features() {
        float[] all = new float[pixels.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = (pixels[i] & 0xFF) / 255f;
        }
        return Nd4j.create(all, new long[] {size(), 1, SIDE, SIDE}, 'c');
    }

    /** All labels one-hot as one [n,10] float tensor. */
    public INDArray oneHotLabels() {
        float[] all = new float[size() * CLASSES];
        for (int i = 0; i < size(); i++) {
            all[i * CLASSES + labels[i]] = 1f;
        }
        return Nd4j.create(all, new long[] {size(), CLASSES}, 'c');
    }
}
