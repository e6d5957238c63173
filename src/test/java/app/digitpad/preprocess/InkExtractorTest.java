package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Paper darker at one side under tinted light, with grain: the strokes are ink, the paper's dark side is not. */
    @Test
    void shadedPaperLeavesOnlyTheStrokesAsInk() {
        int w = 600;
        int h = 400;
        java.util.Random random = new java.util.Random(5);
        java.util.function.BiPredicate<Integer, Integer> cross = (x, y) -> (y >= 190 && y < 206 && x >= 200 && x < 400)
                || (x >= 292 && x < 308 && y >= 100 && y < 300);
        int[] argb = picture(w, h, (x, y) -> {
            double paper = (0.95 - 0.5 * x / w) * (1 + 0.02 * random.nextGaussian());
            double level = 255 * (cross.test(x, y) ? 0.12 : paper);
            return 0xFF000000 | (int) (level * 0.8) << 16 | (int) (level * 0.9) << 8 | (int) level;
        });
        float[] ink = InkExtractor.fromArgb(argb, w, h).ink();
        int paper = 0;
        int inkedPaper = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean stroke = cross.test(x, y);
                boolean near = y >= 180 && y < 216 && x >= 190 && x < 410 || x >= 282 && x < 318 && y >= 90 && y < 310;
                if (stroke) {
                    assertTrue(ink[y * w + x] > 0.5f, "stroke at " + x + "," + y + ": " + ink[y * w + x]);
                } else if (!near) {
                    paper++;
                    inkedPaper += ink[y * w + x] > DigitNormalizer.INK_THRESHOLD ? 1 : 0;
                }
            }
        }
        assertTrue(inkedPaper < paper / 500, inkedPaper + " of " + paper + " paper pixels read as ink (grain only: under 0.2%)");
    }

    /**
     * Paper under dim light, darker than mid-grey, with grain: the border's level alone says light writing on dark
     * paper; the writing reaches far below the paper, the grain only a little above it, so the strokes are the ink.
     */
    @Test
    void darkWritingOnDimPaperIsInkNotThePapersGrain() {
        int w = 400;
        int h = 300;
        java.util.Random random = new java.util.Random(6);
        int[] argb = picture(w, h, (x, y) -> {
            boolean stroke = x >= 190 && x < 206 && y >= 80 && y < 220;
            int level = stroke ? 20 : (int) Math.round(105 + 2.5 * random.nextGaussian());
            return 0xFF000000 | level << 16 | level << 8 | level;
        });
        float[] ink = InkExtractor.fromArgb(argb, w, h).ink();
        int inkedPaper = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x >= 190 && x < 206 && y >= 80 && y < 220) {
                    assertTrue(ink[y * w + x] > 0.5f, "stroke at " + x + "," + y + ": " + ink[y * w + x]);
                } else {
                    inkedPaper += ink[y * w + x] > DigitNormalizer.INK_THRESHOLD ? 1 : 0;
                }
            }
        }
        assertTrue(inkedPaper < w * h / 500, inkedPaper + " paper pixels read as ink");
        assertFalse(InkExtractor.darkOnLight(board(0.95f), 0.45f), "chalk on a grey board is light writing");
        assertTrue(InkExtractor.darkOnLight(board(0.05f), 0.45f), "pencil on the same board is dark writing");
    }

    /** A {@code w} x {@code h} ARGB picture, each pixel's colour asked row by row (so grain is drawn in that order). */
    private static int[] picture(int w, int h, java.util.function.IntBinaryOperator argbAt) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = argbAt.applyAsInt(x, y);
            }
        }
        return argb;
    }

    /** A mid-grey board with grain either way, and 5% of it written at {@code stroke}. */
    private static float[] board(float stroke) {
        java.util.Random random = new java.util.Random(7);
        float[] luma = new float[2000];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = i % 20 == 0 ? stroke : 0.45f + 0.02f * (float) random.nextGaussian();
        }
        return luma;
    }

    /** Paper of one shade at the border (a pad, a scan, noise) is never flattened, however much ink lies inside. */
    @Test
    void paperOfOneShadeAtTheBorderIsLeftAsItIs() {
        int side = 280;
        float[] ink = new float[side * side];
        for (int y = 40; y < 240; y++) {
            for (int x = 40; x < 240; x++) {
                ink[y * side + x] = (x / 20 + y / 20) % 2 == 0 ? 1f : 0.3f;
            }
        }
        float[] copy = ink.clone();
        assertTrue(!Shading.flatten(ink, side, side, 0f));
        assertArrayEquals(copy, ink);
        float[] small = new float[150 * 150];
        for (int i = 0; i < small.length; i++) {
            small[i] = (i % 150) / 150f;
        }
        assertTrue(!Shading.flatten(small.clone(), 150, 150, 0f), "smaller than a photo");
    }
}
