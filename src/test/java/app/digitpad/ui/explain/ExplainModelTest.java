package app.digitpad.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.explain.Explanation;
import app.digitpad.explain.NearestCache;
import app.digitpad.explain.NearestSource;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.ui.shared.ActiveModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Explain tab's view-model as plain JUnit (work runs in place): without MNIST it still explains and says what is missing. */
class ExplainModelTest {

    @TempDir
    Path tmp;

    @Test
    void withoutMnistTheDrawingIsStillExplainedAndTheStatusSaysWhatIsMissing() throws Exception {
        Path noData = Files.createDirectories(tmp.resolve("empty"));
        Path chosenLater = Files.createDirectories(tmp.resolve("also-empty"));
        java.util.concurrent.atomic.AtomicReference<Path> dataFolder = new java.util.concurrent.atomic.AtomicReference<>(noData);
        ExplainModel model = new ExplainModel(Runnable::run, Runnable::run, Runnable::run,
                new NearestSource(new NearestCache(tmp.resolve("cache"), null), new PreparedCache(tmp.resolve("cache"))),
                dataFolder::get);
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled(), false);
        model.modelProperty().set(new ActiveModel(new Predictor(loaded.network(), "bncnn"), loaded.checkpoint()));
        GrayImage digit = new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, TestData.test().image(0));
        model.inkProperty().set(digit);
        assertNull(model.explanationProperty().get(), "nothing while the tab is hidden");

        model.openProperty().set(true);

        Explanation e = model.explanationProperty().get();
        assertSame(digit, e.source());
        assertEquals(TestData.test().label(0), e.prediction().digit());
        assertTrue(e.neighbours().isEmpty());
        assertTrue(model.nearestStatusProperty().get().contains("need MNIST"), model.nearestStatusProperty().get());
        assertTrue(model.nearestStatusProperty().get().contains(noData.toString()), model.nearestStatusProperty().get());

        model.saliencyDigitProperty().set(3);
        Explanation forThree = model.explanationProperty().get();
        assertEquals(3, forThree.saliencyDigit());
        assertSame(e.curves(), forThree.curves(), "another digit's evidence redoes only the saliency");

        dataFolder.set(chosenLater);
        model.openProperty().set(false);
        model.openProperty().set(true);
        assertTrue(model.nearestStatusProperty().get().contains(chosenLater.toString()),
                "another folder chosen on the Train tab is tried when the tab is shown again");

        GrayImage next = new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, TestData.test().image(1));
        model.inkProperty().set(next);
        assertEquals(-1, model.saliencyDigitProperty().get(), "a new drawing shows the evidence for its own answer");
        assertEquals(TestData.test().label(1), model.explanationProperty().get().saliencyDigit());
    }

    @Test
    void anOnnxModelIsExplainedByItsEvidenceAndTheTabSaysWhatItCannotShow() throws Exception {
        ExplainModel model = new ExplainModel(Runnable::run, Runnable::run, Runnable::run,
                new NearestSource(new NearestCache(tmp.resolve("cache"), null), new PreparedCache(tmp.resolve("cache"))),
                () -> TestData.mnistDir());
        Checkpoint.Loaded loaded = new CheckpointLoader().load(
                Path.of("src/test/resources/app/digitpad/model/imports/tutorial.onnx"), false);
        model.modelProperty().set(new ActiveModel(new Predictor(loaded.network(), "onnx"), loaded.checkpoint()));
        model.inkProperty().set(new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, TestData.test().image(0)));
        model.openProperty().set(true);

        Explanation e = model.explanationProperty().get();
        assertEquals(TestData.test().label(0), e.prediction().digit());
        assertTrue(e.featureMaps().isEmpty() && e.neighbours().isEmpty());
        assertEquals(28 * 28, e.saliency().length);
        assertTrue(model.nearestStatusProperty().get().contains("tutorial.onnx is an ONNX graph, whose layers run inside "
                + "ONNX Runtime"), model.nearestStatusProperty().get());
    }

    @Test
    void withNumberModeOnTheNumbersDigitsAreExplainedOneAtATimeAsTheNumberReaderReadThem() throws Exception {
        ExplainModel model = new ExplainModel(Runnable::run, Runnable::run, Runnable::run,
                new NearestSource(new NearestCache(tmp.resolve("cache"), null), new PreparedCache(tmp.resolve("cache"))),
                () -> tmp.resolve("no-mnist"));
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled(), false);
        Predictor predictor = new Predictor(loaded.network(), "bncnn");
        model.modelProperty().set(new ActiveModel(predictor, loaded.checkpoint()));
        GrayImage drawn = new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, TestData.test().image(0));
        model.inkProperty().set(drawn);
        model.openProperty().set(true);
        assertSame(drawn, model.explanationProperty().get().source());

        model.numberModeProperty().set(true);
        assertNull(model.explanationProperty().get(), "Number mode on: the hidden digit pad is not what is explained");
        assertNull(model.verdictProperty().get());
        assertTrue(!model.hasSubject());

        app.digitpad.segment.NumberReading read = new app.digitpad.segment.NumberReader(predictor,
                java.util.Optional.empty(), java.util.Optional.empty()).read(app.digitpad.drawing.PadRaster.ink(420, 420,
                null, app.digitpad.testing.HandDigits.strokes("31", 30, 110, 180, 110, 180,
                app.digitpad.drawing.Stroke.DEFAULT_WIDTH))).orElseThrow();
        model.numberProperty().set(read);
        assertEquals("31", read.number());
        assertEquals(read.weakest(), model.placeProperty().get(), "the least sure digit first");
        for (int k = 0; k < 2; k++) {
            model.placeProperty().set(k);
            Explanation e = model.explanationProperty().get();
            org.junit.jupiter.api.Assertions.assertArrayEquals(read.digits().get(k).input(), e.input(),
                    "digit " + k + ": the network input the number reader read, made again from the digit's ink");
            assertSame(read.digits().get(k).verdict(), model.verdictProperty().get(), "and the number reader's verdict");
            assertEquals("31".charAt(k) - '0', e.prediction().digit());
        }
        assertEquals("Digit 2 of 2 of the number 31 on the Draw tab", model.subjectText());

        model.numberModeProperty().set(false);
        assertSame(drawn, model.explanationProperty().get().source(), "Number mode off: the digit pad again");
    }
}
