package app.digitpad.preprocess;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.RegularFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG, GIF or BMP files of any size into ink, for {@code predict} and for loading an image
 * onto the canvas. A file that is not an image is an {@link IOException} naming it, never a crash.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** Larger than this on a side is a mistake (a panorama, a poster, a forged header), not a digit or a number. */
    public static final int MAX_SIDE = 8192;
    /** At most this many pixels (a 24-megapixel photo): decoding one costs about 16 bytes a pixel of heap. */
    public static final long MAX_PIXELS = 24_000_000L;
    /**
     * Pixels kept of a larger image (its sides shrunk by a whole factor): a 12-megapixel photo keeps half its
     * side, so a digit written 40 px tall on it is still MNIST's 20 px, at a quarter of the memory.
     */
    public static final long WORK_PIXELS = 4_000_000L;

    /**
     * The file's ink. The size is read from the header first, so a small file that declares an enormous
     * image is refused by name before a pixel is decoded.
     */
    public static GrayImage read(Path file) throws IOException {
        Optional<String> problem = RegularFiles.problem(file);
        if (problem.isPresent()) {
            throw new IOException(file + ": " + problem.get());
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Refused(file + ": not an image (PNG, JPEG, GIF or BMP expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(file, reader.getWidth(0), reader.getHeight(0));
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file + ": not a readable image (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable image (" + e.getMessage() + ")", e);
        }
        return ink(image);
    }

    /**
     * The image's ink, averaged down by a whole factor to at most {@link #WORK_PIXELS} pixels: a digit or a
     * number needs far fewer pixels than a photo has, and every later step costs time and memory by the
     * pixel. Read a row at a time, so the decoded picture is the only full-size array.
     */
    static GrayImage ink(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int k = (int) Math.ceil(Math.sqrt((double) w * h / WORK_PIXELS));
        ArgbRows rows = new ArgbRows(image);
        if (k <= 1) {
            int[] argb = new int[w * h];
            for (int y = 0; y < h; y++) {
                rows.row(y, argb, y * w);
            }
            return InkExtractor.fromArgb(argb, w, h);
        }
        int outW = Math.max(1, w / k);
        int outH = Math.max(1, h / k);
        float[] alpha = new float[outW * outH];
        float[] luma = new float[outW * outH];
        int[] row = new int[w];
        for (int y = 0; y < outH * k; y++) {
            rows.row(y, row, 0);
            int base = (y / k) * outW;
            for (int x = 0; x < outW * k; x++) {
                alpha[base + x / k] += InkExtractor.alpha(row[x]);
                luma[base + x / k] += InkExtractor.luma(row[x]);
            }
        }
        float area = k * k;
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] /= area;
            luma[i] /= area;
        }
        return InkExtractor.fromChannels(alpha, luma, outW, outH);
    }

    /** A file refused for what it is, with a message that already names it. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static void checkSize(Path file, int width, int height) throws IOException {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new Refused(String.format(Locale.ROOT, "%s: the image declares %dx%d pixels; images of at most "
                    + "%d pixels a side and %.0f megapixels are read (a larger one would not fit in memory), so it "
                    + "was not decoded", file, width, height, MAX_SIDE, MAX_PIXELS / 1e6));
        }
    }

    /** Writes a PNG atomically: a temp file beside the target, then a rename, so no half-written file. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(file, png.toByteArray());
    }

    /** MNIST-style 28x28 input from a file, or empty when the image is blank. */
    public static Optional<float[]> readNormalized(Path file) throws IOException {
        return DigitNormalizer.normalize(read(file));
    }
}
