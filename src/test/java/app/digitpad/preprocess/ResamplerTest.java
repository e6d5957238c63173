package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    /** Output pixel (i, j) as the mean of the source over the rectangle it covers, edges weighted by overlap. */
    private static double areaMean(float[] src, int w, int h, int newW, int newH, int i, int j) {
        double x0 = (double) i * w / newW;
        double x1 = (double) (i + 1) * w / newW;
        double y0 = (double) j * h / newH;
        double y1 = (double) (j + 1) * h / newH;
        double sum = 0;
        for (int y = (int) Math.floor(y0); y < Math.min(h, Math.ceil(y1)); y++) {
            for (int x = (int) Math.floor(x0); x < Math.min(w, Math.ceil(x1)); x++) {
                double ox = Math.min(x1, x + 1) - Math.max(x0, x);
                double oy = Math.min(y1, y + 1) - Math.max(y0, y);
                sum += src[y * w + x] * ox * oy;
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }

    @Test
    void eachOutputPixelIsTheMeanOfTheAreaItCovers() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            int w = 1 + random.nextInt(300);
            int h = 1 + random.nextInt(300);
            int newW = 1 + random.nextInt(90);
            int newH = 1 + random.nextInt(90);
            float[] src = new float[w * h];
            for (int k = 0; k < src.length; k++) {
                src[k] = random.nextFloat();
            }
            float[] out = Resampler.resize(src, w, h, newW, newH);
            for (int j = 0; j < newH; j++) {
                for (int i = 0; i < newW; i++) {
                    assertEquals(areaMean(src, w, h, newW, newH, i, j), out[j * newW + i], 1e-5,
                            w + "x" + h + " -> " + newW + "x" + newH + " at " + i + "," + j);
                }
            }
        }
    }
}
