package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.GrayImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The judge's view: the candidate's ink and its neighbours', scaled by the line's height, not the candidate's. */
class SegmentViewTest {

    /** Two vertical bars {@code scale} times the size of a 20 px line: the left one full height, the right one half. */
    private static GrayImage bars(int scale) {
        int w = 40 * scale;
        int h = 30 * scale;
        float[] ink = new float[w * h];
        for (int y = 5 * scale; y < 25 * scale; y++) {
            for (int x = 10 * scale; x < 12 * scale; x++) {
                ink[y * w + x] = 1;
            }
        }
        for (int y = 15 * scale; y < 25 * scale; y++) {
            for (int x = 20 * scale; x < 22 * scale; x++) {
                ink[y * w + x] = 1;
            }
        }
        return new GrayImage(w, h, ink);
    }

    private static float[] viewOfRightBar(int scale) {
        GrayImage image = bars(scale);
        List<Piece> pieces = InkComponents.of(image);
        Piece right = pieces.stream().max(java.util.Comparator.comparingInt(p -> p.box().x0())).orElseThrow();
        Box line = pieces.stream().map(Piece::box).reduce(Box::union).orElseThrow();
        return SegmentView.of(image, right, line);
    }

    @Test
    void theCandidateKeepsItsSizeInTheLineAndItsNeighbourShowsOnlyInTheSecondChannel() {
        float[] view = viewOfRightBar(1);
        int side = SegmentView.SIDE;
        double own = IntStream.range(0, side * side).mapToDouble(i -> view[i]).sum();
        double all = IntStream.range(side * side, 2 * side * side).mapToDouble(i -> view[i]).sum();
        assertTrue(all > 2.5 * own, "the full bar (twice as long) adds to the second channel: " + own + " / " + all);
        int lowestInkRow = IntStream.range(0, side * side).filter(i -> view[i] > 0.5f).map(i -> i / side).min().orElseThrow();
        assertTrue(lowestInkRow >= side / 2 - 1, "the half-height bar stays in the lower half: row " + lowestInkRow);
    }

    @Test
    void theSameLineTwiceAsLargeLooksTheSame() {
        float[] small = viewOfRightBar(1);
        float[] large = viewOfRightBar(2);
        for (int channel = 0; channel < SegmentView.CHANNELS; channel++) {
            double[] a = massAndCentre(small, channel);
            double[] b = massAndCentre(large, channel);
            assertEquals(1, b[0] / a[0], 0.1, "ink in channel " + channel);
            assertEquals(a[1], b[1], 0.5, "centre x in channel " + channel);
            assertEquals(a[2], b[2], 0.5, "centre y in channel " + channel);
        }
    }

    private static double[] massAndCentre(float[] view, int channel) {
        int side = SegmentView.SIDE;
        double mass = 0;
        double x = 0;
        double y = 0;
        for (int i = 0; i < side * side; i++) {
            double v = view[channel * side * side + i];
            mass += v;
            x += v * (i % side);
            y += v * (i / side);
        }
        return new double[] {mass, x / mass, y / mass};
    }
}
