package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkPieces;
import java.util.ArrayList;
import java.util.List;

/**
 * The 8-connected pieces of an image's ink (pixels above the normalizer's ink threshold): the first cut
 * of a written number into digits. Any thread; no state.
 */
final class InkComponents {

    private InkComponents() {
    }

    /** The components, in no particular order. */
    static List<Piece> of(GrayImage image) {
        List<Piece> pieces = new ArrayList<>();
        for (int[] pixels : InkPieces.of(image)) {
            pieces.add(Piece.of(pixels, image.width()));
        }
        return pieces;
    }
}
