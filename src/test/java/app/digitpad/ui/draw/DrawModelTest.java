package app.digitpad.ui.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.drawing.PadRaster;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Network;
import app.digitpad.testing.GreyNoise;
import app.digitpad.testing.Models;
import app.digitpad.verdict.Verdict;
import java.util.ArrayDeque;
import java.util.Deque;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The pad's view-model in plain JUnit: executors run inline or on demand, the network is the bundled one. */
class DrawModelTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;


    private static Predictor bundled;

    @BeforeAll
    static void loadModel() throws Exception {
        bundled = new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bundled");
    }

    private static DrawModel inline() {
        DrawModel m = new DrawModel(Runnable::run, Runnable::run);
        m.predictorProperty().set(bundled);
        return m;
    }

    /** A model whose readings wait in {@code queued} until the test runs them; answers come back in line. */
    private static DrawModel queuedOn(Deque<Runnable> queued) {
        DrawModel m = new DrawModel(queued::add, Runnable::run);
        m.predictorProperty().set(bundled);
        return m;
    }

    static void line(DrawModel m, double x0, double y0, double x1, double y1) {
        m.beginStroke(x0, y0);
        for (int i = 1; i <= 20; i++) {
            m.extendStroke(x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * i / 20);
        }
        m.endStroke();
    }

    @Test
    void aVerticalStrokeIsAOne() {
        DrawModel m = inline();
        line(m, 140, 40, 140, 240);
        assertEquals(1, m.predictionProperty().get().digit());
        assertEquals("1", m.headlineProperty().get());
        assertNotNull(m.networkInputProperty().get());
        assertTrue(m.latencyMillisProperty().get() > 0 && m.latencyMillisProperty().get() < 60_000,
                "a measured latency, not the NaN it starts as: " + m.latencyMillisProperty().get());
    }

    @Test
    void aSecondModelReadsEveryDrawingToo() throws Exception {
        DrawModel m = inline();
        Predictor tutorial = new Predictor(new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network(),
                "tutorial");
        m.comparePredictorProperty().set(tutorial);
        line(m, 140, 40, 140, 240);
        assertEquals(1, m.comparisonProperty().get().digit());
        assertFalse(m.disagree());
        float[] input = m.networkInputProperty().get();
        assertArrayEquals(tutorial.predict(input).probabilities(), m.comparisonProperty().get().probabilities(), 1e-6f);

        m.comparePredictorProperty().set(null);
        assertNull(m.comparisonProperty().get(), "no comparison once it is switched off");
        assertEquals(1, m.predictionProperty().get().digit());
    }

    @Test
    void aPredictorErrorIsShownAndThePadStaysUsable() {
        MultiLayerNetwork flat = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(10).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .build());
        flat.init();
        DrawModel m = new DrawModel(Runnable::run, Runnable::run);
        m.predictorProperty().set(new Predictor(Network.digits(flat), "takes 10 values, not an image"));
        line(m, 140, 40, 140, 240);
        assertEquals("!", m.headlineProperty().get());
        assertTrue(m.detailProperty().get().startsWith("Could not read the drawing: "), m.detailProperty().get());
        assertEquals(m.detailProperty().get(), m.errorProperty().get());
        assertNull(m.predictionProperty().get(), "no answer of an earlier drawing stays on show");

        m.predictorProperty().set(bundled);
        assertEquals("1", m.headlineProperty().get(), "the same drawing is read once a working model is back");
        assertNull(m.errorProperty().get());
    }

    @Test
    void undoRemovesTheLastStrokeAndClearEmptiesEverything() {
        DrawModel m = inline();
        line(m, 140, 40, 140, 240);
        line(m, 60, 140, 220, 140);
        assertEquals(2, m.strokes().size());
        m.undo();
        assertEquals(1, m.strokes().size());
        assertEquals(1, m.predictionProperty().get().digit());
        m.clear();
        assertTrue(m.strokes().isEmpty());
        assertNull(m.predictionProperty().get());
        assertNull(m.networkInputProperty().get());
        assertEquals(DrawModel.EMPTY_TEXT, m.detailProperty().get());
    }

    @Test
    void withoutAModelItSaysSoInsteadOfGuessing() {
        DrawModel m = new DrawModel(Runnable::run, Runnable::run);
        line(m, 140, 40, 140, 240);
        assertNull(m.predictionProperty().get());
        assertEquals("No model loaded", m.detailProperty().get());
    }

    @Test
    void anAnswerToAnOlderDrawingIsNeverShown() {
        Deque<Runnable> queued = new ArrayDeque<>();
        Deque<Runnable> toFx = new ArrayDeque<>();
        DrawModel m = new DrawModel(queued::add, toFx::add);
        m.predictorProperty().set(bundled);
        line(m, 140, 40, 140, 240);
        queued.poll().run();
        assertEquals(1, toFx.size(), "the answer for the vertical stroke is ready");
        m.clear();
        toFx.poll().run();
        assertNull(m.predictionProperty().get(), "the stale answer arrived after Clear and was dropped");
        assertEquals(DrawModel.EMPTY_TEXT, m.detailProperty().get());
    }

    @Test
    void whenTheAnswerIsUpToDateEveryPropertyAlreadyHoldsIt() {
        Deque<Runnable> queued = new ArrayDeque<>();
        DrawModel m = queuedOn(queued);
        line(m, 140, 40, 140, 240);
        queued.poll().run();
        assertEquals(1, m.predictionProperty().get().digit(), "the first drawing's answer is on show");
        line(m, 60, 140, 220, 140);
        Object first = m.predictionProperty().get();
        Object[] seen = new Object[1];
        m.upToDateProperty().addListener((obs, old, now) -> seen[0] = now ? m.predictionProperty().get() : null);
        queued.poll().run();
        assertTrue(m.upToDateProperty().get());
        assertNotSame(first, m.predictionProperty().get(), "the crossed drawing has its own answer");
        assertSame(m.predictionProperty().get(), seen[0],
                "a listener told 'up to date' finds that answer, not the old");
    }

    @Test
    void requestsWhileOneIsQueuedCoalesceIntoTheLatest() {
        Deque<Runnable> queued = new ArrayDeque<>();
        DrawModel m = queuedOn(queued);
        line(m, 140, 40, 140, 240);
        line(m, 60, 140, 220, 140);
        assertEquals(1, queued.size(), "one worker task serves every request made while it was queued");
        queued.poll().run();
        assertEquals(2, m.strokes().size());
        assertFalse(m.predictionProperty().get() == null);
    }

    @Test
    void aLoadedImageIsJudgedAsPredictJudgesTheFileUntilAStrokeIsDrawnOverIt() throws Exception {
        app.digitpad.preprocess.GrayImage noise = GreyNoise.image(new java.util.Random(5), 1000, 1000);
        Verdict asPredict = Verdict.read(bundled, java.util.Optional.empty(), noise).orElseThrow();
        assertEquals(java.util.Optional.of(Verdict.SPECKLED), asPredict.reason());
        DrawModel m = inline();
        m.loadImage(noise);
        assertEquals(Verdict.Kind.NOT_A_DIGIT, m.verdictProperty().get().kind());
        assertEquals(asPredict.reason(), m.verdictProperty().get().reason(), "the pad says what predict says");
        assertArrayEquals(Verdict.reading(bundled, java.util.Optional.empty(), noise).orElseThrow().input(),
                m.networkInputProperty().get(), "and shows the network the same pixels");
        assertSame(noise, m.inkProperty().get(), "the image as read is what the Explain tab is given");
        java.nio.file.Path saved = tmp.resolve("saved.png");
        app.digitpad.preprocess.ImageFiles.writePng(m.picture(), saved);
        assertEquals(asPredict.reason(), Verdict.read(bundled, java.util.Optional.empty(),
                app.digitpad.preprocess.ImageFiles.read(saved)).orElseThrow().reason(),
                "Save writes the image as judged, so predict of the saved file says what the pad said");

        line(m, 140, 40, 140, 240);
        assertEquals(PadRaster.SIZE, m.picture().getWidth(), "drawn over, Save writes the pad");
        Verdict drawnOver = Verdict.read(bundled, java.util.Optional.empty(), m.snapshot()).orElseThrow();
        assertEquals(drawnOver.reason(), m.verdictProperty().get().reason(), "drawn over, the pad is read as drawn");
        assertEquals(PadRaster.SIZE, m.inkProperty().get().width());
        m.undo();
        assertEquals(asPredict.reason(), m.verdictProperty().get().reason(), "the stroke undone, the image again");
    }

    @Test
    void aLoadedImageIsPredictedLikeADrawing() {
        DrawModel drawn = inline();
        line(drawn, 140, 40, 140, 240);
        DrawModel loaded = inline();
        loaded.loadImage(drawn.snapshot());
        assertEquals(1, loaded.predictionProperty().get().digit());
        loaded.undo();
        assertNull(loaded.backgroundProperty().get(), "undo with no strokes removes the image");
    }
}
