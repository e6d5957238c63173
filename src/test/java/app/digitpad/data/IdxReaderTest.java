package app.digitpad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path tmp;

    private Path shared(MnistFile file) {
        return DataLocator.find(TestData.mnistDir(), file).orElseThrow();
    }

    @Test
    void readsTheRealFilesWithTheirCounts() {
        MnistSet train = TestData.train();
        MnistSet test = TestData.test();
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(7, test.label(0), "the first MNIST test digit is a 7");
        int[] perDigit = new int[10];
        for (int i = 0; i < test.size(); i++) {
            perDigit[test.label(i)]++;
        }
        assertEquals(1135, perDigit[1], "the MNIST test set has 1,135 ones");
    }

    @Test
    void readsPlainUncompressedFiles() throws IOException {
        Path plain = tmp.resolve(MnistFile.TEST_LABELS.baseName());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared(MnistFile.TEST_LABELS)))) {
            Files.write(plain, in.readAllBytes());
        }
        assertEquals(10_000, IdxReader.readLabels(plain).length);
    }

    @Test
    void truncatedGzipNamesTheFileAndWhatWasExpected() throws IOException {
        Path cut = TestData.truncatedCopy(shared(MnistFile.TEST_IMAGES), tmp, 800_000);
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(cut));
        assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("10000 images of 28x28"), e.getMessage());
    }

    @Test
    void truncatedPlainFileSaysHowManyBytesWereFound() throws IOException {
        Path plain = tmp.resolve("t10k-labels-idx1-ubyte");
        byte[] header = ByteBuffer.allocate(8).putInt(2049).putInt(10_000).array();
        Files.write(plain, concat(header, new byte[9_000]));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(plain));
        assertEquals(plain + ": expected 10000 labels (10000 bytes), found only 9000 bytes", e.getMessage());
    }

    @Test
    void extraBytesAfterTheBodyAreRefused() throws IOException {
        Path plain = tmp.resolve("labels");
        byte[] header = ByteBuffer.allocate(8).putInt(2049).putInt(3).array();
        Files.write(plain, concat(header, new byte[] {1, 2, 3, 4}));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(plain));
        assertTrue(e.getMessage().contains("extra bytes"), e.getMessage());
    }

    @Test
    void labelsFileReadAsImagesReportsTheMagicNumbers() {
        Path labels = shared(MnistFile.TEST_LABELS);
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(labels));
        assertTrue(e.getMessage().contains("magic number 2051") && e.getMessage().contains("found magic number 2049"),
                e.getMessage());
    }

    @Test
    void foreignFileIsRefused() throws IOException {
        Path png = tmp.resolve("train-images-idx3-ubyte");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(png));
        assertTrue(e.getMessage().contains("expected an IDX images file"), e.getMessage());
    }

    @Test
    void aGzNameWithoutGzipContentIsRefused() throws IOException {
        Path fake = tmp.resolve("t10k-images-idx3-ubyte.gz");
        Files.writeString(fake, "<html>404 Not Found</html>");
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(fake));
        assertTrue(e.getMessage().contains("expected a gzip file"), e.getMessage());
    }

    @Test
    void imagesOfAnotherSizeAreRefused() throws IOException {
        Path other = tmp.resolve("images");
        byte[] header = ByteBuffer.allocate(16).putInt(2051).putInt(1).putInt(32).putInt(32).array();
        Files.write(other, concat(header, new byte[32 * 32]));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(other));
        assertTrue(e.getMessage().contains("expected 28x28 images, found 32x32"), e.getMessage());
    }

    @Test
    void labelOutsideZeroToNineIsRefused() throws IOException {
        Path bad = tmp.resolve("labels");
        byte[] header = ByteBuffer.allocate(8).putInt(2049).putInt(2).array();
        Files.write(bad, concat(header, new byte[] {3, 12}));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(bad));
        assertTrue(e.getMessage().contains("found 12 at index 1"), e.getMessage());
    }

    @Test
    void aLabelByteOf255IsShownUnsigned() throws IOException {
        Path bad = tmp.resolve("labels");
        byte[] header = ByteBuffer.allocate(8).putInt(2049).putInt(2).array();
        Files.write(bad, concat(header, new byte[] {3, (byte) 0xFF}));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(bad));
        assertTrue(e.getMessage().contains("found 255 at index 1"), e.getMessage());
    }

    @Test
    void aGzipFileWithABadChecksumIsCalledDamaged() throws IOException {
        byte[] gz = Files.readAllBytes(shared(MnistFile.TEST_LABELS));
        gz[gz.length - 8] ^= 0x5A;
        Path bad = Files.write(tmp.resolve("t10k-labels-idx1-ubyte.gz"), gz);
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readLabels(bad));
        assertTrue(e.getMessage().contains("a damaged file: its gzip check failed"), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
