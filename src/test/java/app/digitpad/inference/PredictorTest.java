package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.model.Backend;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitViews;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class PredictorTest {

    @TempDir
    Path tmp;

    private static Network bundled() throws Exception {
        return new CheckpointLoader().load(Models.bundled(), false).network();
    }

    @Test
    void ownsItsCopyOfTheNetwork() throws Exception {
        Network source = bundled();
        Predictor predictor = new Predictor(source, "bundled");
        float[] input = TestData.test().image(0);
        float[] before = predictor.predict(input).probabilities();
        source.dl4jNetwork().params().assign(0);
        assertArrayEquals(before, predictor.predict(input).probabilities());
    }

    @Test
    void predictsOnOneThreadAndGivesTheCallersThreadsBack() throws Exception {
        Network source = bundled();
        Predictor predictor = new Predictor(source, "bundled");
        float[] input = TestData.test().image(0);
        int threads = Backend.openMpThreads();
        float[] single = predictor.predict(input).probabilities();
        assertEquals(threads, Backend.openMpThreads());
        float[] shared = source.dl4jNetwork().output(Nd4j.create(input, new long[] {1, 1, 28, 28}, 'c'), false).toFloatVector();
        assertArrayEquals(shared, single, 1e-6f, "one thread must give the same answer as all cores");
        assertEquals(TestData.test().label(0), predictor.predict(input).digit());
    }

    @Test
    void viewsAreTheMeanOfTheAnswersForEachView() throws Exception {
        Predictor predictor = new Predictor(bundled(), "bundled");
        float[] input = TestData.test().image(7);
        float[] views = DigitViews.of(input);
        float[] mean = new float[10];
        for (int k = 0; k < DigitViews.VIEWS.size(); k++) {
            float[] view = Arrays.copyOfRange(views, k * 784, (k + 1) * 784);
            float[] p = predictor.predict(view).probabilities();
            for (int c = 0; c < 10; c++) {
                mean[c] += p[c] / DigitViews.VIEWS.size();
            }
        }
        Prediction read = predictor.predictViews(input);
        assertArrayEquals(mean, read.probabilities(), 1e-5f);
        assertEquals(TestData.test().label(7), read.digit());
        assertFalse(Arrays.equals(predictor.predict(input).probabilities(), read.probabilities()),
                "the views change the answer, or they would not be asked");
    }

    @Test
    void viewsOfManyInputsInOneCallAnswerAsOneAtATime() throws Exception {
        Predictor predictor = new Predictor(bundled(), "bundled");
        int n = 5;
        float[] inputs = new float[n * 784];
        for (int i = 0; i < n; i++) {
            System.arraycopy(TestData.test().image(20 + i), 0, inputs, i * 784, 784);
        }
        Prediction[] all = predictor.predictViewsAll(inputs, n);
        assertEquals(n, all.length);
        for (int i = 0; i < n; i++) {
            Prediction one = predictor.predictViews(Arrays.copyOfRange(inputs, i * 784, (i + 1) * 784));
            assertArrayEquals(one.probabilities(), all[i].probabilities(), 1e-6f, "input " + i);
            assertEquals(TestData.test().label(20 + i), all[i].digit());
        }
        assertEquals(0, predictor.predictViewsAll(new float[0], 0).length);
    }

    @Test
    void digitsFromImageFilesSmallOrLargeAnywhereAreReadLikeTestDigits() throws Exception {
        Predictor predictor = new Predictor(bundled(), "bundled");
        int agreeSmall = 0;
        int agreeLarge = 0;
        int n = 50;
        for (int i = 0; i < n; i++) {
            int label = TestData.test().label(i);
            Path small = TestData.writeDigitPng(tmp, i, 300, 2, 240, 5);
            Path large = TestData.writeDigitPng(tmp, i, 300, 10, 10, 10);
            agreeSmall += predictor.predict(ImageFiles.readNormalized(small).orElseThrow()).digit() == label ? 1 : 0;
            agreeLarge += predictor.predict(ImageFiles.readNormalized(large).orElseThrow()).digit() == label ? 1 : 0;
        }
        assertTrue(agreeSmall >= 49, "small digit in a corner: " + agreeSmall + "/" + n);
        assertTrue(agreeLarge >= 49, "large digit: " + agreeLarge + "/" + n);
    }

    @Test
    void emptyImagePredictsNothing() throws Exception {
        Predictor predictor = new Predictor(bundled(), "bundled");
        assertTrue(predictor.predict(new GrayImage(280, 280, new float[280 * 280])).isEmpty());
    }

    @Test
    void predictionKnowsWhenItIsNotSure() {
        Prediction split = Prediction.of(new float[] {0.4f, 0.35f, 0.25f, 0, 0, 0, 0, 0, 0, 0});
        assertEquals(0, split.digit());
        assertFalse(split.confident());
        assertTrue(Prediction.of(new float[] {0, 0, 0, 0.97f, 0.03f, 0, 0, 0, 0, 0}).confident());
    }
}
