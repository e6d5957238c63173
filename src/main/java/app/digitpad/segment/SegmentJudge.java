package app.digitpad.segment;

import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small network that says, for a candidate cut out of a group of ink, whether it is one whole digit and
 * which: the eleven answers are the ten digits and {@link #NOT_ONE_DIGIT} (half a digit, two touching
 * digits, a digit with a piece of its neighbour). Touching digits often read confidently as one digit to a
 * digit model, which only ever saw single digits; this one was trained on cuts of touching MNIST numbers
 * ({@link SegmentTraining}). It only chooses where to cut: the digits are then read by the digit model. It
 * owns its copy of the network and serialises its calls; any thread may call it.
 */
public final class SegmentJudge {

    /** The eleventh answer: not one whole digit. */
    static final int NOT_ONE_DIGIT = 10;
    /** Ten digits and {@link #NOT_ONE_DIGIT}. */
    static final int ANSWERS = 11;

    private final Network network;

    SegmentJudge(Network network) {
        this.network = network.copy();
    }

    /** What number reading does without a judge. */
    public static final String WITHOUT = "digits whose ink touches are read as one";

    /**
     * The bundled judge, or empty when the file is missing, unreadable or another network (numbers are then
     * read without cutting groups); either is logged as a warning once per process, with {@link #WITHOUT}.
     */
    public static Optional<SegmentJudge> load(Path file) {
        return SmallNetworks.load(file, SegmentTraining.SHAPE, "a touching-digits judge", WITHOUT).map(SegmentJudge::new);
    }

    /** Writes the network atomically (temp file, then rename). */
    public synchronized void save(Path file) throws IOException {
        SmallNetworks.save(network, file);
    }

    /**
     * For {@code count} views ({@link SegmentView}) laid end to end, how likely each is one whole digit,
     * whichever: the largest of its ten digit probabilities (a whole digit that is also clearly one digit
     * scores highest).
     */
    synchronized double[] wholeDigit(float[] views, int count) {
        float[][] out = network.outputs(views, count);
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            double best = 0;
            for (int d = 0; d < NOT_ONE_DIGIT; d++) {
                best = Math.max(best, out[i][d]);
            }
            p[i] = best;
        }
        return p;
    }
}
