package app.digitpad.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How large the writing is, found before anything is cut: the height and the ink of a typical digit, as the
 * ink-weighted median over the image's connected components (the pieces holding most of the ink are the
 * digits; specks of noise, however many, weigh little). A number is read with its digits brought to
 * {@link #READ_HEIGHT}, so that the cut search, the judge's windows and the stray-ink rule cost the same on a
 * photo as on the pad, and noise is judged against the digits, never against the whole image. Any thread;
 * no state.
 */
final class WritingScale {

    /**
     * The digit height numbers are read at: about MNIST's (digits 20 px tall, and the judge's training
     * numbers up to a fifth larger), where the judge and the cut search were trained and tuned.
     */
    static final int READ_HEIGHT = 28;
    /** Writing is shrunk only when its digits are taller than this: MNIST-sized numbers are read as they are. */
    static final double SHRINK_ABOVE = 1.25 * READ_HEIGHT;

    private WritingScale() {
    }

    /** The typical digit's height in pixels: the ink-weighted median of the components' heights. */
    static int digitHeight(List<Piece> components, float[] ink) {
        return (int) weightedMedian(components, ink, p -> p.box().height());
    }

    /**
     * The digit height the reader will cut and judge at: the components' typical height, or the median height
     * of the digits they group into ({@link Grouping}, as {@code NumberReader.Line} takes it) when that is
     * larger. Pieces that group into taller digits are broken digits, or noise, whose grains run together
     * into one group as tall as the image once it is shrunk (a 600x100 strip of grey noise had components 34
     * px tall and was cut at 100 px: 2 minutes and 2.2 GB). More than {@code mostPieces} pieces are not
     * grouped (they are not a number, and grouping costs their square).
     */
    static int readingHeight(List<Piece> components, float[] ink, int mostPieces) {
        int height = digitHeight(components, ink);
        List<Piece> kept = Grouping.withoutNoise(components, ink);
        if (kept.isEmpty() || kept.size() > mostPieces) {
            return height;
        }
        return Math.max(height, NumberReader.Line.of(Grouping.of(Grouping.withoutRules(kept, ink))).digitHeight());
    }

    /** The typical digit's ink: the ink-weighted median of the components' ink. */
    static double digitInk(List<Piece> components, float[] ink) {
        return weightedMedian(components, ink, p -> mass(p, ink));
    }

    /** A piece's ink: the sum of its pixels' ink. */
    static double mass(Piece piece, float[] ink) {
        double m = 0;
        for (int p : piece.pixels()) {
            m += ink[p];
        }
        return m;
    }

    private static double weightedMedian(List<Piece> components, float[] ink, java.util.function.ToDoubleFunction<Piece> value) {
        if (components.isEmpty()) {
            return 0;
        }
        double[][] pairs = components.stream().map(p -> new double[] {value.applyAsDouble(p), mass(p, ink)})
                .sorted(Comparator.comparingDouble(v -> v[0])).toArray(double[][]::new);
        double half = Arrays.stream(pairs).mapToDouble(v -> v[1]).sum() / 2;
        double seen = 0;
        for (double[] pair : pairs) {
            seen += pair[1];
            if (seen >= half) {
                return pair[0];
            }
        }
        return pairs[pairs.length - 1][0];
    }
}
