package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class BatchNormFoldingTest {

    private static final int DIGITS = 1_000;
    private static float[] inputs;

    @BeforeAll
    static void digits() {
        MnistSet test = TestData.preprocessedTest();
        inputs = test.inputs(0, DIGITS);
    }

    private static Network bundled(String name) throws Exception {
        return new CheckpointLoader().load(Models.bundled(name), false).network();
    }

    /** The largest difference between two networks' outputs over the test digits, and -1 if a top digit differs. */
    private static double difference(Network a, Network b) {
        float[][] x = a.outputs(inputs, DIGITS);
        float[][] y = b.outputs(inputs, DIGITS);
        double worst = 0;
        for (int i = 0; i < DIGITS; i++) {
            if (top(x[i]) != top(y[i])) {
                return -1;
            }
            for (int j = 0; j < x[i].length; j++) {
                worst = Math.max(worst, Math.abs(x[i][j] - y[i][j]));
            }
        }
        return worst;
    }

    private static int top(float[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            best = p[j] > p[best] ? j : best;
        }
        return best;
    }

    @Test
    void theBundledModelAnswersAsBeforeWithoutItsFourNormalizations() throws Exception {
        Network network = bundled("bncnn.zip");
        Optional<MultiLayerNetwork> folded = BatchNormFolding.fold(network.dl4jNetwork(), network.input());
        assertTrue(folded.isPresent());
        assertEquals(7, folded.get().getnLayers(), "conv, pool, conv, conv, pool, dense, output");
        double worst = difference(network, network.answering());
        assertTrue(worst >= 0 && worst < 1e-5, "largest difference in a probability over 1,000 test digits: " + worst);
        assertEquals(11, network.dl4jNetwork().getnLayers(), "the model itself is left as it was");
    }

    @Test
    void aNetworkWithoutBatchNormalizationIsAnsweredByAPlainCopy() throws Exception {
        Network network = bundled("tutorial.zip");
        assertTrue(BatchNormFolding.fold(network.dl4jNetwork(), network.input()).isEmpty());
        assertEquals(0.0, difference(network, network.answering()));
    }

    @Test
    void aNegativeScaleBeforeMaxPoolingIsNotFolded() throws Exception {
        Network network = bundled("bncnn.zip");
        negateFirstScale(network.dl4jNetwork(), 1);
        assertTrue(BatchNormFolding.fold(network.dl4jNetwork(), network.input()).isEmpty(),
                "max pooling picks the smallest value of a channel whose scale is negative");
        assertEquals(0.0, difference(network, network.answering()), "answered by a plain copy instead");
    }

    @Test
    void aNegativeScaleRightBeforeAConvolutionIsFolded() throws Exception {
        Network network = bundled("bncnn.zip");
        negateFirstScale(network.dl4jNetwork(), 4);
        assertTrue(BatchNormFolding.fold(network.dl4jNetwork(), network.input()).isPresent());
        double worst = difference(network, network.answering());
        assertTrue(worst >= 0 && worst < 1e-5, "largest difference: " + worst);
    }

    @Test
    void theAnsweringCopyCannotBeTrainedOrLookedInto() throws Exception {
        Network answering = bundled("bncnn.zip").answering();
        assertFalse(answering.layered());
        assertTrue(answering.layers().isEmpty());
        assertThrows(IllegalStateException.class, answering::dl4jNetwork);
        assertFalse(answering.copy().layered());
    }

    private static void negateFirstScale(MultiLayerNetwork network, int layer) {
        INDArray gamma = network.getLayer(layer).getParam("gamma");
        gamma.putScalar(0, -gamma.getDouble(0));
    }
}
