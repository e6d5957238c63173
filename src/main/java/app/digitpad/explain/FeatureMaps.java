package app.digitpad.explain;

/**
 * One convolution layer's activation maps for one input: {@code channels} maps of {@code height} x
 * {@code width}, channel after channel, row-major. Immutable (the array is not copied).
 *
 * @param layer index of the layer in the network
 */
public record FeatureMaps(int layer, String name, int channels, int height, int width, float[] values) {

    /** The largest activation of one channel (what a tile's tooltip reports). */
    public float max(int channel) {
        float max = Float.NEGATIVE_INFINITY;
        int size = height * width;
        for (int i = channel * size; i < (channel + 1) * size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /** One channel's map, row-major. */
    public float[] channel(int channel) {
        int size = height * width;
        float[] out = new float[size];
        System.arraycopy(values, channel * size, out, 0, size);
        return out;
    }

    /** One channel's map scaled so its range spans 0 to 1 (all 0 when the map is flat), for showing it. */
    public float[] stretchedChannel(int channel) {
        float[] values = channel(channel);
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = max > min ? (values[i] - min) / (max - min) : 0;
        }
        return values;
    }
}
