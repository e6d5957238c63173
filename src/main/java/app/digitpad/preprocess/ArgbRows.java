package app.digitpad.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * An image's pixels as ARGB, a row at a time, exactly as {@link BufferedImage#getRGB} gives them but without
 * its colour model call per pixel: for one-band byte images (grey PNGs and JPEGs, palette GIFs and PNGs) through
 * a table of the 256 values the colour model gives, for 8-bit sRGB colour through the bytes themselves. That
 * call was most of the time a file took to read (a 12-megapixel grey photo: 0.3 s of 0.45 s; BENCHMARKS.md,
 * "Reading an image file"). Other kinds of image go through {@code getRGB}. One use, on one thread.
 */
final class ArgbRows {

    private final BufferedImage image;
    private final Raster raster;
    private final int[] table;
    private final byte[] bytes;

    ArgbRows(BufferedImage image) {
        this.image = image;
        this.raster = image.getRaster();
        this.table = oneByteBand(image) ? table(image.getColorModel()) : null;
        this.bytes = table != null || isByteRgb(image) ? new byte[image.getWidth() * raster.getNumBands()] : null;
    }

    /** Row {@code y}'s pixels, ARGB, into {@code out} from index {@code at} on (the image's width of them). */
    void row(int y, int[] out, int at) {
        int w = image.getWidth();
        if (bytes == null) {
            image.getRGB(0, y, w, 1, out, at, w);
            return;
        }
        raster.getDataElements(0, y, w, 1, bytes);
        if (table != null) {
            for (int x = 0; x < w; x++) {
                out[at + x] = table[bytes[x] & 0xFF];
            }
        } else if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            for (int x = 0, i = 0; x < w; x++, i += 3) {
                out[at + x] = 0xFF000000 | (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8 | bytes[i + 2] & 0xFF;
            }
        } else {
            for (int x = 0, i = 0; x < w; x++, i += 4) {
                out[at + x] = (bytes[i + 3] & 0xFF) << 24 | (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8
                        | bytes[i + 2] & 0xFF;
            }
        }
    }

    /** One band of bytes, one pixel per element, with a colour model that maps each byte alone. */
    private static boolean oneByteBand(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        return raster.getNumBands() == 1 && raster.getNumDataElements() == 1
                && raster.getTransferType() == DataBuffer.TYPE_BYTE
                && (model instanceof IndexColorModel || model instanceof ComponentColorModel);
    }

    /**
     * 8-bit sRGB whose data elements {@code getDataElements} gives as R, G, B (and A, not premultiplied): what
     * ImageIO makes of colour JPEGs and PNGs.
     */
    private static boolean isByteRgb(BufferedImage image) {
        ColorModel model = image.getColorModel();
        boolean srgb = model.getColorSpace().isCS_sRGB() && model instanceof ComponentColorModel
                && image.getRaster().getTransferType() == DataBuffer.TYPE_BYTE;
        return srgb && (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_4BYTE_ABGR);
    }

    /** Each byte's ARGB as the colour model gives it. */
    private static int[] table(ColorModel model) {
        int[] table = new int[256];
        byte[] element = new byte[1];
        for (int v = 0; v < 256; v++) {
            element[0] = (byte) v;
            table[v] = model.getRGB(element);
        }
        return table;
    }
}
