package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.cli.Cli;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.EvaluationReport;
import app.digitpad.inference.Evaluator;
import app.digitpad.model.Network;
import app.digitpad.testing.BundledAnswers;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.training.Tensors;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The fallback for platforms where ND4J publishes no oneDNN build (ARM Macs and Linux): the same code on
 * the plain natives. Run by the build's {@code plain-natives} test execution, which swaps the oneDNN jar
 * for the plain one on the class path; the default execution leaves this tag out.
 */
@Tag("plain-natives")
class PlainNativesTest {

    @Test
    void backendDetectsThePlainBuildAndDl4jUsesItsOwnLayers() {
        NativeInfo info = Backend.nativeInfo();
        assertFalse(info.oneDnnBuild(), info.summary());
        assertFalse(info.oneDnnActive(), info.summary());
        assertEquals("", System.getProperty(Backend.PLATFORM_EXTENSION));
        Network net = Architectures.standard().build("tutorial", 1, 1e-3);
        assertNull(((ConvolutionLayer) net.dl4jNetwork().getLayer(0)).getHelper(), "no oneDNN helper without oneDNN");
    }

    @Test
    void theBundledModelPredictsAsOnOneDnn() throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false);
        String answers = BundledAnswers.of(loaded.network());
        int differ = BundledAnswers.differences(BundledAnswers.recorded(), answers);
        assertTrue(differ <= 1, differ + " of " + BundledAnswers.COUNT + " test digits answered otherwise than on oneDNN");
    }

    @Test
    void trainingLearns() {
        int batch = 32;
        int steps = 100;
        MnistSet train = TestData.train().limit(steps * batch);
        INDArray x = Tensors.features(train);
        INDArray y = Tensors.oneHotLabels(train);
        Network net = Architectures.standard().build("tutorial", 1, 1e-3);
        for (int from = 0; from < steps * batch; from += batch) {
            net.dl4jNetwork().fit(x.get(NDArrayIndex.interval(from, from + batch)), y.get(NDArrayIndex.interval(from, from + batch)));
        }
        assertTrue(Double.isFinite(net.dl4jNetwork().score()));
        MnistSet test = TestData.test();
        int checked = 2_000;
        EvaluationReport report = Evaluator.evaluate(net, test.limit(checked));
        assertTrue(report.accuracy() > 0.8, "accuracy after 100 steps of 32: " + report.accuracy());
    }

    @Test
    void benchSaysWhichPathItTook() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(Cli.services(new PrintWriter(out), new PrintWriter(err)), "bench", "--batches", "32",
                "--iterations", "2", "--warmup", "1", "--predictions", "20", "--data", TestData.mnistDir().toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("plain build (oneDNN not in use)"), out.toString());
    }
}
