package app.digitpad.segment;

import app.digitpad.model.Forward;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;

/**
 * What the {@link SegmentJudge} sees of a candidate digit: a square window around it, as tall as the line
 * with a margin, scaled to 28x28, in two channels: the candidate's own ink, and all the ink there. Unlike
 * the digit model's input (cropped to the ink and scaled to a 20 px box), it keeps the candidate's size and
 * place in the line and shows its neighbours, so that half a digit, two digits and one digit look
 * different. Any thread; no state.
 */
final class SegmentView {

    /** Rows of the 28 that the line's height fills (MNIST's digits fill 20 of 28; the line has jitter). */
    static final int LINE_ROWS = 22;
    /** Two channels: the candidate's ink, all the ink. */
    static final int CHANNELS = 2;
    static final int SIDE = DigitNormalizer.SIDE;
    static final int SIZE = CHANNELS * SIDE * SIDE;
    /** The judge's input as {@link Forward} takes it. */
    static final Forward.InputShape INPUT = new Forward.InputShape(CHANNELS, SIDE);

    private SegmentView() {
    }

    /** The view of {@code segment} on {@code image}, whose written line spans {@code line}'s rows. */
    static float[] of(GrayImage image, Piece segment, Box line) {
        int window = Math.max(1, (int) Math.round((double) line.height() * SIDE / LINE_ROWS));
        int top = (line.y0() + line.y1() + 1) / 2 - window / 2;
        int left = (segment.box().x0() + segment.box().x1() + 1) / 2 - window / 2;
        float[] own = new float[window * window];
        for (int p : segment.pixels()) {
            int x = p % image.width() - left;
            int y = p / image.width() - top;
            if (x >= 0 && y >= 0 && x < window && y < window) {
                own[y * window + x] = image.ink()[p];
            }
        }
        float[] all = new float[window * window];
        for (int y = Math.max(0, top); y < Math.min(image.height(), top + window); y++) {
            for (int x = Math.max(0, left); x < Math.min(image.width(), left + window); x++) {
                all[(y - top) * window + x - left] = image.ink()[y * image.width() + x];
            }
        }
        float[] out = new float[SIZE];
        System.arraycopy(new GrayImage(window, window, own).fittedInto(SIDE).ink(), 0, out, 0, SIDE * SIDE);
        System.arraycopy(new GrayImage(window, window, all).fittedInto(SIDE).ink(), 0, out, SIDE * SIDE, SIDE * SIDE);
        return out;
    }
}
