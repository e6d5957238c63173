package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.MnistSet;
import app.digitpad.drawing.Drawing;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Handwriting;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The verdict on real ink with the bundled default model and gate: dots, blots, shapes and letters are not
 * digits; test digits and pen-stroke digits are.
 */
class VerdictTest {

    private static final Network NETWORK = load();
    private static final Predictor PREDICTOR = new Predictor(NETWORK, "bundled");
    private static final Optional<DigitGate> GATE = DigitGate.load(ModelLibrary.locate().gate());

    private static Network load() {
        try {
            return new CheckpointLoader().load(Models.bundled(), false).network();
        } catch (CheckpointException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ink's shape alone, without the gate. */
    private static Verdict read(GrayImage ink) {
        return Verdict.read(PREDICTOR, Optional.empty(), ink).orElseThrow();
    }

    private static Verdict readWithGate(GrayImage ink) {
        return Verdict.read(PREDICTOR, Optional.of(GATE.orElseThrow()), ink).orElseThrow();
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
    void theGateSaysShapesAndLettersDoNotLookLikeDigits() {
        for (NotDigits.Kind kind : List.of(NotDigits.Kind.STAR, NotDigits.Kind.HEART, NotDigits.Kind.ZIGZAG,
                NotDigits.Kind.LETTER_H, NotDigits.Kind.LETTER_W, NotDigits.Kind.LETTER_X)) {
            long rejected = of(kind).stream().map(s -> readWithGate(s.drawing().ink()))
                    .filter(v -> v.reason().equals(Optional.of(Verdict.NOT_LIKE_A_DIGIT))).count();
            assertTrue(rejected >= NotDigits.PER_KIND - 1, kind + ": " + rejected + " of " + NotDigits.PER_KIND);
        }
    }

    @Test
    void theGateLetsDigitsThroughDrawnAsImagesOrAsPenStrokes() {
        MnistSet test = TestData.test();
        int rejected = 0;
        for (int i = 0; i < 500; i++) {
            rejected += readWithGate(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, test.image(i))).kind()
                    == Verdict.Kind.NOT_A_DIGIT ? 1 : 0;
        }
        assertTrue(rejected <= 2, rejected + " of 500 test digits rejected");
        Handwriting hand = new Handwriting(3);
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.Kind.DIGIT, readWithGate(new Drawing(hand.crossedSeven()).ink()).kind());
            assertNotEquals(Verdict.Kind.NOT_A_DIGIT, readWithGate(new Drawing(hand.continentalOne()).ink()).kind());
        }
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
        RejectionBenchmark.Report r = RejectionBenchmark.run(NETWORK, Optional.empty(), TestData.test().limit(100));
        assertEquals(1.0, r.negativesRejected().get(NotDigits.Kind.DOT));
        assertEquals(0.0, r.mnistRejected());
        assertTrue(r.negativeRate() >= 1.0 / NotDigits.Kind.values().length && r.negativeRate() < 1,
                "without a gate the shape alone rejects the dots and not all the rest: " + r.negativeRate());
        assertTrue(r.acceptedAccuracy() > 0.95, "accepted accuracy " + r.acceptedAccuracy());
        assertEquals(DrawnDigits.Distortion.values().length, r.drawnRejected().size());
    }

    @Test
    void withoutTheGateOnlyTheGatesRefusalBecomesTheNetworksAnswer() {
        Verdict byGate = of(NotDigits.Kind.HEART).stream().map(h -> readWithGate(h.drawing().ink()))
                .filter(v -> v.reason().equals(Optional.of(Verdict.NOT_LIKE_A_DIGIT))).findFirst().orElseThrow();
        Verdict opened = byGate.withoutGate();
        assertNotEquals(Verdict.Kind.NOT_A_DIGIT, opened.kind());
        assertEquals(byGate.prediction(), opened.prediction(), "the network's answer, not read again");
        assertEquals(byGate.prediction().confident() ? Verdict.Kind.DIGIT : Verdict.Kind.UNSURE, opened.kind());
        assertTrue(opened.reason().isEmpty());
        Verdict dot = read(of(NotDigits.Kind.DOT).get(0).drawing().ink());
        assertEquals(dot, dot.withoutGate(), "a shape rule's refusal stands");
        Verdict digit = readWithGate(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, TestData.test().image(0)));
        assertEquals(digit, digit.withoutGate(), "a digit stays a digit");
    }

    @Test
    void digitsOfANumberReadInOneCallAnswerAsEachReadAlone() {
        List<GrayImage> images = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            images.add(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, TestData.test().image(30 + i)));
        }
        images.add(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, new float[MnistSet.SIDE * MnistSet.SIDE]));
        images.add(of(NotDigits.Kind.STAR).get(0).drawing().ink());
        images.add(of(NotDigits.Kind.DOT).get(0).drawing().ink());
        boolean[] cutOut = {false, true, false, true, false, false, false, false, true};
        List<Optional<Verdict.Reading>> all = Verdict.readingsInNumber(PREDICTOR, GATE, images, cutOut);
        assertEquals(images.size(), all.size());
        assertTrue(all.get(6).isEmpty(), "an image without ink gives nothing");
        for (int i = 0; i < images.size(); i++) {
            Optional<Verdict.Reading> alone = Verdict.readingsInNumber(PREDICTOR, GATE, List.of(images.get(i)),
                    new boolean[] {cutOut[i]}).get(0);
            assertEquals(alone.map(r -> r.verdict().kind()), all.get(i).map(r -> r.verdict().kind()), "image " + i);
            assertEquals(alone.map(r -> r.verdict().reason()), all.get(i).map(r -> r.verdict().reason()), "image " + i);
            assertEquals(alone.map(r -> r.verdict().prediction().digit()),
                    all.get(i).map(r -> r.verdict().prediction().digit()), "image " + i);
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(Optional.of(TestData.test().label(30 + i)), all.get(i).orElseThrow().verdict().digit());
        }
        assertEquals(Optional.of(Verdict.NOT_LIKE_A_DIGIT), all.get(7).orElseThrow().verdict().reason());
        assertEquals(Optional.of(Verdict.TOO_SMALL), all.get(8).orElseThrow().verdict().reason());
    }
}
