package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/** The verdict on real ink with the bundled default model: dots and blots are not digits, digits are. */
class VerdictTest {

    private static final MultiLayerNetwork NETWORK = load();
    private static final Predictor PREDICTOR = new Predictor(NETWORK, "bundled");

    private static MultiLayerNetwork load() {
        try {
            return new CheckpointLoader().load(Models.bundled(), false).network();
        } catch (CheckpointException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Verdict read(GrayImage ink) {
        return Verdict.read(PREDICTOR, ink).orElseThrow();
    }

    private static List<NotDigits.Sample> of(NotDigits.Kind kind) {
        return NotDigits.benchmark().stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    void everyDotIsTooSmallToRead() {
        for (NotDigits.Sample dot : of(NotDigits.Kind.DOT)) {
            Verdict v = read(dot.drawing().ink());
            assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind());
            assertEquals(Optional.of(Verdict.TOO_SMALL), v.reason());
            assertTrue(v.digit().isEmpty());
        }
    }

    @Test
    void mostFilledAreasAreTooMuchInk() {
        long rejected = of(NotDigits.Kind.FILLED).stream().map(s -> read(s.drawing().ink()))
                .filter(v -> v.reason().equals(Optional.of(Verdict.TOO_MUCH_INK))).count();
        assertTrue(rejected >= NotDigits.PER_KIND - 1, rejected + " of " + NotDigits.PER_KIND);
    }

    @Test
    void testDigitsRawSmallAndThickAreDigits() {
        MnistSet test = TestData.test();
        for (int i = 0; i < 200; i++) {
            float[] digit = test.image(i);
            for (GrayImage ink : List.of(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, digit),
                    DrawnDigits.render(digit, DrawnDigits.Distortion.SMALL_CORNER),
                    DrawnDigits.render(digit, DrawnDigits.Distortion.THICK))) {
                Verdict v = read(ink);
                assertNotEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), "test digit " + i + " " + v.reason());
                assertEquals(v.prediction().digit(), v.digit().orElseThrow());
            }
        }
    }

    @Test
    void theSetIsTheSameForTheSameSeedAndHasEveryKind() {
        assertEquals(NotDigits.generate(7, 2), NotDigits.generate(7, 2));
        assertNotEquals(NotDigits.generate(7, 2), NotDigits.generate(8, 2));
        assertEquals(NotDigits.Kind.values().length * NotDigits.PER_KIND, NotDigits.benchmark().size());
        assertTrue(NotDigits.benchmark().stream().noneMatch(s -> s.drawing().isEmpty()));
    }

    @Test
    void theBenchmarkCountsRejectionsOnRealData() {
        RejectionBenchmark.Report r = RejectionBenchmark.run(NETWORK, TestData.test().limit(100));
        assertEquals(1.0, r.negativesRejected().get(NotDigits.Kind.DOT));
        assertEquals(0.0, r.mnistRejected());
        assertTrue(r.negativeRate() > 0.1 && r.negativeRate() < 1, "rate " + r.negativeRate());
        assertTrue(r.acceptedAccuracy() > 0.95, "accepted accuracy " + r.acceptedAccuracy());
        assertEquals(DrawnDigits.Distortion.values().length, r.drawnRejected().size());
    }
}
