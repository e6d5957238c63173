package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.data.MnistSet;
import app.digitpad.personal.PersonalData;
import app.digitpad.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dot-apart rule on real digits (never) and on dots made to sit just inside and outside its limits. */
class DotApartTest {

    private static boolean dotApart(GrayImage image) {
        return InkShape.of(image).orElseThrow().dotApart();
    }

    @Test
    void noMnistTestDigitAndNoRealHandwrittenDigitHasADotApart() throws IOException {
        MnistSet test = TestData.test();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (dotApart(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, test.image(i)))) {
                found.add(i);
            }
        }
        assertEquals(List.of(), found, "MNIST test digits with a dot apart");
        PersonalData real = PersonalData.open(Path.of("../shared/realdigits"));
        assertEquals(237, real.items().size());
        for (PersonalData.Item item : real.items()) {
            assertFalse(dotApart(real.ink(item)), item.name() + " as photographed or scanned");
        }
    }

    /**
     * The piece counts the verdict's "specks" rule ({@code Verdict.MAX_PIECES}, 100) stands far from: MNIST's
     * test digits and the real photographed and scanned digits are in at most a few dozen pieces.
     */
    @Test
    void writtenDigitsAreInAFewPiecesAtMost() throws Exception {
        MnistSet test = TestData.test();
        int most = 0;
        for (int i = 0; i < test.size(); i++) {
            most = Math.max(most, InkShape.of(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, test.image(i))).orElseThrow().pieces());
        }
        assertTrue(most <= 10, "MNIST test digits in up to " + most + " pieces");
        PersonalData real = PersonalData.open(Path.of("../shared/realdigits"));
        int realMost = 0;
        for (PersonalData.Item item : real.items()) {
            realMost = Math.max(realMost, InkShape.of(real.ink(item)).orElseThrow().pieces());
        }
        assertTrue(realMost <= 40, "real digits in up to " + realMost + " pieces");
    }

    /** A bar 60 px tall and 8 px wide, and a square dot {@code side} px under it at {@code gap} px. */
    private static GrayImage barAndDot(int side, int gap, float darkness) {
        int w = 40;
        int h = 120;
        float[] ink = new float[w * h];
        for (int y = 10; y < 70; y++) {
            for (int x = 16; x < 24; x++) {
                ink[y * w + x] = 1f;
            }
        }
        for (int y = 70 + gap; y < 70 + gap + side; y++) {
            for (int x = 20 - side / 2; x < 20 - side / 2 + side; x++) {
                ink[y * w + x] = darkness;
            }
        }
        return new GrayImage(w, h, ink);
    }

    @Test
    void aDarkPenSizedDotWhollyUnderTheStrokeIsOneAndNothingElseIs() {
        assertTrue(dotApart(barAndDot(10, 8, 1f)), "a pen dot under a bar: !");
        assertFalse(dotApart(barAndDot(10, 0, 1f)), "touching the bar: one piece");
        assertFalse(dotApart(barAndDot(10, 8, 0.6f)), "too faint: a speck of a scan");
        assertFalse(dotApart(barAndDot(4, 8, 1f)), "half a pen wide: dust");
        assertFalse(dotApart(barAndDot(24, 8, 1f)), "three pens wide: a blot of its own");
    }
}
