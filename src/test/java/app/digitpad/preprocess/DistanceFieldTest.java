package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistanceFieldTest {

    /** The distance to the nearest target by looking at every target: what the fast transform must equal. */
    private static float[] bruteForce(boolean[] target, int w, int h, boolean outsideIsTarget) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long best = Long.MAX_VALUE;
                if (outsideIsTarget) {
                    long edge = Math.min(Math.min(x + 1, w - x), Math.min(y + 1, h - y));
                    best = edge * edge;
                }
                for (int ty = 0; ty < h; ty++) {
                    for (int tx = 0; tx < w; tx++) {
                        if (target[ty * w + tx]) {
                            long dx = tx - x;
                            long dy = ty - y;
                            best = Math.min(best, dx * dx + dy * dy);
                        }
                    }
                }
                out[y * w + x] = (float) Math.sqrt(best);
            }
        }
        return out;
    }

    @Test
    void equalsTheDistanceToTheNearestTargetOnRandomMasks() {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            double density = random.nextDouble() * random.nextDouble();
            boolean[] target = new boolean[w * h];
            for (int i = 0; i < target.length; i++) {
                target[i] = random.nextDouble() < density;
            }
            target[random.nextInt(target.length)] = true;
            for (boolean outside : new boolean[] {false, true}) {
                float[] expected = bruteForce(target, w, h, outside);
                float[] actual = DistanceField.to(target, w, h, outside);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 0f, w + "x" + h + " pixel " + i + " outside " + outside);
                }
            }
        }
    }

    @Test
    void aWideImageWithOneTargetAtItsEnd() {
        int w = 400;
        boolean[] target = new boolean[w * 3];
        target[w + w - 1] = true;
        float[] d = DistanceField.to(target, w, 3, false);
        assertEquals(w - 1, d[w], 0f, "the far end of the middle row");
        assertEquals((float) Math.sqrt((double) (w - 1) * (w - 1) + 1), d[0], 0f);
    }

    @Test
    void withNoTargetEveryPixelIsFartherThanTheImageIsWide() {
        float[] d = DistanceField.to(new boolean[30 * 20], 30, 20, false);
        for (float v : d) {
            assertTrue(v > 1_000, "no target anywhere: " + v);
        }
    }
}
