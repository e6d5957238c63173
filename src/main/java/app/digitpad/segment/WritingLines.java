package app.digitpad.segment;

import java.util.List;

/**
 * How many lines of writing an image holds. A number is one line; grouping joins pieces that share columns, so
 * two numbers one above the other became one column of digits per group, and a page of four-digit numbers read
 * as one confident digit. A line is a band of rows that the pieces' boxes cover, set apart from the next band
 * by rows of no ink, at least half a digit tall and holding at least two pieces: a digit broken across its
 * middle (its halves one above the other, alone) is not two lines, nor is a speck or a dot above the number.
 * Any thread; no state.
 */
final class WritingLines {

    /** A band is a line when it is at least this fraction of a typical digit's height... */
    static final double LINE_HEIGHT = 0.5;
    /** ... and holds at least this many pieces. */
    static final int LINE_PIECES = 2;

    private WritingLines() {
    }

    /**
     * How many bands of the pieces (noise and ruled lines set aside) are lines of writing: one for a number,
     * none for a digit alone or a few specks.
     */
    static int count(List<Piece> pieces, int imageHeight, int digitHeight) {
        int[] starts = new int[imageHeight + 1];
        for (Piece p : pieces) {
            starts[p.box().y0()]++;
            starts[p.box().y1() + 1]--;
        }
        int lines = 0;
        int covering = 0;
        int top = -1;
        for (int y = 0; y <= imageHeight; y++) {
            covering += starts[y];
            if (covering > 0 && top < 0) {
                top = y;
            } else if (covering == 0 && top >= 0) {
                lines += isLine(pieces, top, y - 1, digitHeight) ? 1 : 0;
                top = -1;
            }
        }
        return lines;
    }

    private static boolean isLine(List<Piece> pieces, int top, int bottom, int digitHeight) {
        long inBand = pieces.stream().filter(p -> p.box().y0() >= top && p.box().y1() <= bottom).count();
        return bottom - top + 1 >= LINE_HEIGHT * digitHeight && inBand >= LINE_PIECES;
    }
}
