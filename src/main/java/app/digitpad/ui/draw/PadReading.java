package app.digitpad.ui.draw;

import app.digitpad.data.IoMessages;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pad's worker part, apart from {@link DrawModel}'s FX state: a snapshot of the drawing in, its ink,
 * network input, verdict and the compared model's answer out, through the one read path
 * ({@link Verdict#reading}). Runs on the prediction thread; holds nothing between calls.
 *
 * @param ink      the ink judged: the pad's, or a loaded image as read while nothing is drawn over it (null when
 *                 reading failed); the Explain tab explains it, so that it gives the pad's verdict
 * @param input    the 28x28 network input, empty when the pad holds no ink
 * @param verdict  the answer, empty without ink or without a model
 * @param compared the second model's answer while comparing
 * @param error    why the drawing could not be read (null when it could)
 */
record PadReading(GrayImage ink, Optional<float[]> input, Optional<Verdict> verdict, Optional<Prediction> compared,
                  String error) {

    private static final Logger LOG = LoggerFactory.getLogger(PadReading.class);

    /**
     * A snapshot of the drawing to read, taken on the FX thread: {@code loaded} is the image behind
     * {@code background} as it was read (null when none), judged in place of the pad while no stroke is drawn.
     */
    record Request(GrayImage background, GrayImage loaded, List<Stroke> strokes, Predictor predictor,
                   Predictor compared, long startedNanos) {

        /**
         * What is judged: the loaded image alone as read (as {@code predict} reads the file), else the pad's
         * raster (made only then).
         */
        GrayImage judged() {
            return loaded != null && strokes.isEmpty() ? loaded : PadRaster.ink(background, strokes);
        }
    }

    Optional<Prediction> prediction() {
        return verdict.map(Verdict::prediction);
    }

    /** Reads the request's drawing; a failure becomes an {@code error}, never an exception. */
    static PadReading of(Request r, Optional<DigitGate> gate) {
        try {
            GrayImage ink = r.judged();
            Optional<Verdict.Reading> reading = r.predictor() == null ? Optional.empty()
                    : Verdict.reading(r.predictor(), gate, ink);
            Optional<float[]> input = r.predictor() == null ? DigitNormalizer.normalize(ink)
                    : reading.map(Verdict.Reading::input);
            Optional<Prediction> compared = r.compared() == null ? Optional.empty() : input.map(r.compared()::predict);
            return new PadReading(ink, input, reading.map(Verdict.Reading::verdict), compared, null);
        } catch (RuntimeException e) {
            LOG.error("Could not read the drawing", e);
            return new PadReading(null, Optional.empty(), Optional.empty(), Optional.empty(),
                    "Could not read the drawing: " + IoMessages.describe(e));
        }
    }
}
