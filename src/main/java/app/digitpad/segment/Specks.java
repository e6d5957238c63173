package app.digitpad.segment;

import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ink of many specks in a shrunk image: noise, which shrinking to the reading height runs into blobs that read as
 * digits (800x300 grey noise read 2). A place holding more than {@link Verdict#MAX_PIECES} of the image's own pieces
 * is answered as specks, as {@code predict} answers that ink, and a group there is not cut: cutting a line of noise
 * into candidates and judging each took 17-21 s for 600x100 pixels on a slow day (BENCHMARKS.md) and read nothing.
 *
 * <p>Immutable; any thread.
 */
final class Specks {

    private final List<Piece> original;
    private final double sx;
    private final double sy;
    private final int width;
    private final int height;

    /** The image's own pieces, and the scale from the shrunk image to the image ({@code sx}, {@code sy}). */
    Specks(List<Piece> original, double sx, double sy, int width, int height) {
        this.original = original;
        this.sx = sx;
        this.sy = sy;
        this.width = width;
        this.height = height;
    }

    /** Whether a box of the shrunk image holds more of the image's own pieces than a digit has. */
    boolean speckled(Box shrunk) {
        return many(shrunk.scaled(sx, sy, width, height));
    }

    /** The reading (its boxes already in the image's pixels) with each digit over specks answered as specks. */
    NumberReading answer(NumberReading reading) {
        List<DigitReading> digits = new ArrayList<>();
        for (DigitReading digit : reading.digits()) {
            digits.add(!many(digit.box()) ? digit : digit.withVerdict(new Verdict(
                    Verdict.Kind.NOT_A_DIGIT, digit.verdict().prediction(), Optional.of(Verdict.SPECKLED))));
        }
        return new NumberReading(digits, reading.splitDoubt(), reading.points());
    }

    /** Whether more than {@link Verdict#MAX_PIECES} pieces have their centre in this box of the image. */
    private boolean many(Box box) {
        int inside = 0;
        for (Piece piece : original) {
            int x = (piece.box().x0() + piece.box().x1()) / 2;
            int y = (piece.box().y0() + piece.box().y1()) / 2;
            if (box.contains(x, y) && ++inside > Verdict.MAX_PIECES) {
                return true;
            }
        }
        return false;
    }
}
