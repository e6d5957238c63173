package app.digitpad.explain;

import app.digitpad.preprocess.GrayImage;

/**
 * One convolution layer's activation maps for one input: {@code channels} maps of {@code height} x
 * {@code width}, channel after channel, row-major. Immutable (the array is not copied).
 *
 * @param layer index of the layer in the network
 */
public record FeatureMaps(int layer, String name, int channels, int height, int width, float[] values) {

    /**
     * A heading for the layer, the {@code ordinal}-th convolution (from 1): DL4J names layers "layer0",
     * "layer1" ..., which says nothing; a name someone gave the layer is kept beside the ordinal.
     */
    public String heading(int ordinal) {
        String convolution = "convolution " + ordinal;
        return name == null || name.equals("layer" + layer) ? convolution : name + " (" + convolution + ")";
    }

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

    /** Grey of the one-pixel lines between tiles: visible against black maps, darker than ink. */
    static final float GAP = 0.35f;

    /**
     * Every channel as one picture, {@code columns} tiles a row, each map stretched to its own range and
     * one-pixel lines between them: one image for the window to show instead of a node per channel.
     */
    public GrayImage mosaic(int columns) {
        int rows = (channels + columns - 1) / columns;
        int w = columns * (width + 1) - 1;
        int h = rows * (height + 1) - 1;
        float[] out = new float[w * h];
        java.util.Arrays.fill(out, GAP);
        for (int c = 0; c < channels; c++) {
            float[] tile = stretchedChannel(c);
            int left = (c % columns) * (width + 1);
            int top = (c / columns) * (height + 1);
            for (int y = 0; y < height; y++) {
                System.arraycopy(tile, y * width, out, (top + y) * w + left, width);
            }
        }
        return new GrayImage(w, h, out);
    }

    /** The channel at a pixel of {@link #mosaic}, or -1 on a line between tiles or past the last channel. */
    public int channelAt(int columns, int x, int y) {
        if (x < 0 || y < 0 || x % (width + 1) == width || y % (height + 1) == height || x / (width + 1) >= columns) {
            return -1;
        }
        int channel = (y / (height + 1)) * columns + x / (width + 1);
        return channel < channels ? channel : -1;
    }
}
