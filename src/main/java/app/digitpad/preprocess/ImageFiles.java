package app.digitpad.preprocess;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.RegularFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads PNG, JPEG, GIF or BMP files of any size into ink, for {@code predict} and for loading an image
 * onto the canvas. A file that is not an image is an {@link IOException} naming it, never a crash.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static GrayImage read(Path file) throws IOException {
        Optional<String> problem = RegularFiles.problem(file);
        if (problem.isPresent()) {
            throw new IOException(file + ": " + problem.get());
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a readable image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(file + ": not an image (PNG, JPEG, GIF or BMP expected)");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return InkExtractor.fromArgb(image.getRGB(0, 0, w, h, null, 0, w), w, h);
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
