package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InkExtractorTest {

    @TempDir
    Path tmp;

    private static int grey(int g) {
        return 0xFF000000 | (g << 16) | (g << 8) | g;
    }

    @Test
    void darkInkOnWhiteAndWhiteInkOnBlackGiveTheSameInk() {
        int[] light = new int[9];
        int[] dark = new int[9];
        for (int i = 0; i < 9; i++) {
            light[i] = grey(255);
            dark[i] = grey(0);
        }
        light[4] = grey(0);
        dark[4] = grey(255);
        GrayImage a = InkExtractor.fromArgb(light, 3, 3);
        GrayImage b = InkExtractor.fromArgb(dark, 3, 3);
        assertArrayEquals(a.ink(), b.ink());
        assertEquals(1f, a.at(1, 1));
        assertEquals(0f, a.at(0, 0));
    }

    @Test
    void greyPaperIsBackgroundNotInk() {
        int[] px = new int[25];
        for (int i = 0; i < 25; i++) {
            px[i] = grey(200);
        }
        px[12] = grey(40);
        GrayImage g = InkExtractor.fromArgb(px, 5, 5);
        assertEquals(0f, g.at(0, 0));
        assertEquals(1f, g.at(2, 2));
    }

    @Test
    void aDarkFrameRoundWhitePaperIsNotTakenForTheBackground() {
        int side = 40;
        int[] framed = new int[side * side];
        int[] plain = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean frame = x < 3 || y < 3 || x >= side - 3 || y >= side - 3;
                boolean stroke = x >= 18 && x <= 21 && y >= 10 && y <= 30;
                framed[y * side + x] = grey(stroke || frame ? 0 : 255);
                plain[y * side + x] = grey(stroke ? 0 : 255);
            }
        }
        GrayImage withFrame = InkExtractor.fromArgb(framed, side, side);
        GrayImage without = InkExtractor.fromArgb(plain, side, side);

        assertEquals(1f, withFrame.at(20, 20), "the dark stroke is ink");
        assertEquals(0f, withFrame.at(10, 20), "the white paper is not");
        for (int y = 3; y < side - 3; y++) {
            for (int x = 3; x < side - 3; x++) {
                assertEquals(without.at(x, y), withFrame.at(x, y), "inside the frame, at " + x + "," + y);
            }
        }
    }

    @Test
    void inkOnATransparentLayerIsTheAlpha() {
        int[] px = new int[9];
        px[4] = 0xFF000000;
        GrayImage g = InkExtractor.fromArgb(px, 3, 3);
        assertEquals(1f, g.at(1, 1));
        assertEquals(0f, g.at(0, 0));
    }

    @Test
    void aPngOfAnMnistDigitComesBackAsTheSameDigit() throws IOException {
        Path png = TestData.writeDigitPng(tmp, 0, 280, 10, 0, 0);
        float[] fromFile = ImageFiles.readNormalized(png).orElseThrow();
        float[] direct = DigitNormalizer.normalize(new GrayImage(28, 28, TestData.test().image(0))).orElseThrow();
        double diff = 0;
        for (int i = 0; i < 784; i++) {
            diff += Math.abs(fromFile[i] - direct[i]);
        }
        assertTrue(diff / 784 < 0.03, "mean difference " + diff / 784);
    }

    @Test
    void aFileThatIsNotAnImageIsAClearError() throws IOException {
        Path fake = Files.writeString(tmp.resolve("digit.png"), "hello");
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(fake));
        assertTrue(e.getMessage().contains("digit.png: not an image"), e.getMessage());
    }
}
