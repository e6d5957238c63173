package app.digitpad.segment;

import app.digitpad.data.AtomicFiles;
import app.digitpad.model.Backend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.LoggerFactory;

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

    private final MultiLayerNetwork network;

    SegmentJudge(MultiLayerNetwork network) {
        this.network = network.clone();
    }

    /** The bundled judge, or empty when the file is missing or unreadable (numbers are then read without cutting groups). */
    public static Optional<SegmentJudge> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Backend.configure();
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
            long answers = network.output(Nd4j.zeros(1, SegmentView.CHANNELS, SegmentView.SIDE, SegmentView.SIDE)).size(1);
            if (answers != ANSWERS) {
                throw new IllegalArgumentException(answers + " outputs instead of " + ANSWERS);
            }
            return Optional.of(new SegmentJudge(network));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SegmentJudge.class).warn("{}: not a segment judge ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the network atomically (temp file, then rename). */
    public void save(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        synchronized (this) {
            ModelSerializer.writeModel(network, bytes, false);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /**
     * For {@code count} views ({@link SegmentView}) laid end to end, how likely each is one whole digit,
     * whichever: the largest of its ten digit probabilities (a whole digit that is also clearly one digit
     * scores highest).
     */
    synchronized double[] wholeDigit(float[] views, int count) {
        INDArray x = Nd4j.create(views, new long[] {count, SegmentView.CHANNELS, SegmentView.SIDE, SegmentView.SIDE}, 'c');
        INDArray out = network.output(x, false);
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            double best = 0;
            for (int d = 0; d < NOT_ONE_DIGIT; d++) {
                best = Math.max(best, out.getDouble(i, d));
            }
            p[i] = best;
        }
        return p;
    }
}
