package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast rows must be {@code getRGB}'s, to the bit, for every kind of image ImageIO or a caller makes. */
class ArgbRowsTest {

    private static final int W = 37;
    private static final int H = 5;

    @TempDir
    Path tmp;

    @Test
    void everyImageTypeGivesGetRgbsPixels() {
        int[] types = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_BINARY,
            BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_4BYTE_ABGR_PRE,
            BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_USHORT_GRAY};
        for (int type : types) {
            assertSameAsGetRgb(painted(type, 7 + type), "type " + type);
        }
    }

    @Test
    void filesAsImageIoDecodesThemGiveGetRgbsPixels() throws IOException {
        String[][] kinds = {{"png", "" + BufferedImage.TYPE_BYTE_GRAY}, {"png", "" + BufferedImage.TYPE_3BYTE_BGR},
            {"png", "" + BufferedImage.TYPE_4BYTE_ABGR}, {"png", "" + BufferedImage.TYPE_BYTE_INDEXED},
            {"png", "" + BufferedImage.TYPE_USHORT_GRAY}, {"jpg", "" + BufferedImage.TYPE_BYTE_GRAY},
            {"jpg", "" + BufferedImage.TYPE_3BYTE_BGR}, {"gif", "" + BufferedImage.TYPE_BYTE_INDEXED},
            {"bmp", "" + BufferedImage.TYPE_3BYTE_BGR}};
        for (String[] kind : kinds) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(painted(Integer.parseInt(kind[1]), 3), kind[0], bytes);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            assertSameAsGetRgb(decoded, kind[0] + " of type " + kind[1] + ", decoded as " + decoded.getType());
        }
    }

    /** A grey PNG with every grey level read through {@link ImageFiles}: the ink of {@code getRGB}'s pixels. */
    @Test
    void aGreyFileReadsAsTheInkOfGetRgbsPixels() throws IOException {
        BufferedImage grey = new BufferedImage(256, 3, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 256; x++) {
            grey.getRaster().setSample(x, 1, 0, x);
            grey.getRaster().setSample(x, 0, 0, 255);
            grey.getRaster().setSample(x, 2, 0, 255);
        }
        Path file = tmp.resolve("levels.png");
        ImageIO.write(grey, "png", file.toFile());
        BufferedImage decoded = ImageIO.read(file.toFile());
        GrayImage expected = InkExtractor.fromArgb(decoded.getRGB(0, 0, 256, 3, null, 0, 256), 256, 3);
        assertArrayEquals(expected.ink(), ImageFiles.read(file).ink());
    }

    private static void assertSameAsGetRgb(BufferedImage image, String what) {
        ArgbRows rows = new ArgbRows(image);
        int w = image.getWidth();
        int[] all = new int[w * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            rows.row(y, all, y * w);
        }
        for (int y = 0; y < image.getHeight(); y++) {
            assertArrayEquals(image.getRGB(0, y, w, 1, null, 0, w),
                    java.util.Arrays.copyOfRange(all, y * w, (y + 1) * w), what + ", row " + y);
        }
        assertEquals(W, w, what);
    }

    /** Random pixels of every level and opacity, written through the raster so no colour model rounds them first. */
    private static BufferedImage painted(int type, long seed) {
        BufferedImage image = new BufferedImage(W, H, type);
        Random random = new Random(seed);
        var raster = image.getRaster();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                for (int b = 0; b < raster.getNumBands(); b++) {
                    int bits = raster.getSampleModel().getSampleSize(b);
                    raster.setSample(x, y, b, random.nextInt(1 << bits));
                }
            }
        }
        return image;
    }
}
