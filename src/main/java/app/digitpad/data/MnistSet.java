package app.digitpad.data;


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

    /** The examples at these indices, in that order (an index may repeat). */
    public MnistSet select(String newName, int[] indices) {
        byte[] p = new byte[indices.length * PIXELS];
        byte[] l = new byte[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * PIXELS, p, i * PIXELS, PIXELS);
            l[i] = labels[indices[i]];
        }
        return new MnistSet(newName, p, l);
    }

    /** Several sets one after another. */
    public static MnistSet concat(String name, MnistSet... sets) {
        int n = 0;
        for (MnistSet s : sets) {
            n += s.size();
        }
        byte[] p = new byte[n * PIXELS];
        byte[] l = new byte[n];
        int at = 0;
        for (MnistSet s : sets) {
            System.arraycopy(s.pixels, 0, p, at * PIXELS, s.pixels.length);
            System.arraycopy(s.labels, 0, l, at, s.size());
            at += s.size();
        }
        return new MnistSet(name, p, l);
    }

    /** Labelled 0..1 inputs (28x28 each) as a set, e.g. personal digits or images from a folder. */
    public static MnistSet of(String name, java.util.List<float[]> inputs, int[] labelsOf) {
        byte[] p = new byte[inputs.size() * PIXELS];
        byte[] l = new byte[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            float[] in = inputs.get(i);
            for (int k = 0; k < PIXELS; k++) {
                p[i * PIXELS + k] = (byte) Math.round(Math.max(0, Math.min(1, in[k])) * 255f);
            }
            l[i] = (byte) labelsOf[i];
        }
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

    /** Images {@code [from, to)} as 0..1 floats laid end to end, the form {@code Forward} takes. */
    public float[] inputs(int from, int to) {
        float[] out = new float[(to - from) * PIXELS];
        int base = from * PIXELS;
        for (int i = 0; i < out.length; i++) {
            out[i] = (pixels[base + i] & 0xFF) / 255f;
        }
        return out;
    }
}
