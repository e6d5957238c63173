package app.digitpad.preprocess;

import java.util.List;

/**
 * Views of one normalized digit for a steadier reading. A digit of a written number is cut from a line and
 * normalized from a crop whose size and tilt depend on the cuts around it, so it comes to the model as a variant a
 * single drawing never is (normalized twice, a little larger or smaller); a stranger's flat-topped 6 read 6 as
 * drawn was read 5 once normalized again. The number reader therefore takes the mean of the model's answers over
 * these views, each a change the bundled model was trained to read as the same digit ({@link Augmentation#standard()}:
 * up to 10% of size). Stateless; any thread.
 */
public final class DigitViews {

    /**
     * One view.
     *
     * @param degrees      turn about the field's centre
     * @param size         scale (1: as it is)
     * @param strokePixels every stroke edge moved outwards (negative: inwards)
     */
    public record View(double degrees, double size, double strokePixels) {
    }

    /**
     * The input as it is, 10% smaller and 10% larger (inside the training's augmentation). Seven views (these,
     * turned 8 degrees either way, strokes half a pixel thicker and thinner) read as many strangers' numbers right
     * but put twice as many right touching ones in doubt (a mean of seven is less sure) and read broken digits worse
     * (BENCHMARKS.md, "A digit of a number read in views").
     */
    public static final List<View> VIEWS = List.of(new View(0, 1, 0), new View(0, 0.9, 0), new View(0, 1.1, 0));

    private DigitViews() {
    }

    /** Every view of {@code input28}, laid end to end in the order of {@link #VIEWS}. */
    public static float[] of(float[] input28) {
        int side = DigitNormalizer.SIDE * DigitNormalizer.SIDE;
        float[] out = new float[VIEWS.size() * side];
        for (int k = 0; k < VIEWS.size(); k++) {
            View v = VIEWS.get(k);
            System.arraycopy(Augmentation.transform(input28, v.degrees(), v.size(), 0, 0, v.strokePixels()), 0, out,
                    k * side, side);
        }
        return out;
    }
}
