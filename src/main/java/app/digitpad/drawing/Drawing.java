package app.digitpad.drawing;

import app.digitpad.preprocess.GrayImage;
import java.util.List;

/**
 * A finished drawing as data: its strokes in pad coordinates. Kept as strokes, not pixels, so it can be
 * rendered again at another brush or through a later preprocessing version. Immutable; any thread.
 */
public record Drawing(List<Stroke> strokes) {

    public Drawing {
        strokes = List.copyOf(strokes);
    }

    /** The drawing as the pad's ink image, ready for the one preprocessing path. */
    public GrayImage ink() {
        return PadRaster.ink(null, strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }
}
