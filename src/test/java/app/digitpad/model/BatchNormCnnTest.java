package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Network;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.IUpdater;

class BatchNormCnnTest {

    private final Architectures architectures = Architectures.standard();

    @Test
    void isOfferedBesideTheTutorial() {
        assertEquals(List.of("tutorial", "bncnn"), architectures.names());
    }

    @Test
    void layersAndParameters() {
        ModelSummary summary = ModelSummary.of(architectures.build(BatchNormCnn.NAME, 1, 1e-3));
        List<String> types = summary.rows().stream().map(r -> r.layer().replaceAll(".*\\((.*)\\)", "$1")).toList();
        assertEquals(List.of("ConvolutionLayer", "BatchNormalization", "SubsamplingLayer", "ConvolutionLayer",
                "BatchNormalization", "ConvolutionLayer", "BatchNormalization", "SubsamplingLayer", "DenseLayer",
                "BatchNormalization", "OutputLayer"), types);
        assertTrue(summary.render(BatchNormCnn.NAME).endsWith("Total params: 189,386\n"));
    }

    @Test
    void predictingOneImageDoesNotDependOnTheOthersInTheBatch() {
        Network net = architectures.build(BatchNormCnn.NAME, 1, 1e-3);
        Nd4j.getRandom().setSeed(3);
        INDArray batch = Nd4j.rand(8, 1, 28, 28);
        INDArray labels = Nd4j.zeros(8, 10);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i, 1);
        }
        net.dl4jNetwork().fit(batch, labels);
        float[] alone = net.dl4jNetwork().output(batch.get(NDArrayIndex.interval(2, 3)), false).toFloatVector();
        float[] inBatch = net.dl4jNetwork().output(batch, false).getRow(2).toFloatVector();
        assertArrayEquals(alone, inBatch, 1e-5f, "batch norm uses its running statistics, dropout is off");
    }

    @Test
    void theStepSizeShrinksEachEpoch() {
        Network net = architectures.build(BatchNormCnn.NAME, 1, 1e-3);
        IUpdater adam = ((BaseLayer) net.dl4jNetwork().getLayer(0).conf().getLayer()).getIUpdater();
        assertEquals(1e-3, adam.getLearningRate(0, 0), 1e-12);
        assertEquals(0.9e-3, adam.getLearningRate(500, 1), 1e-12);
        assertEquals(1e-3 * Math.pow(0.9, 20), adam.getLearningRate(10_000, 20), 1e-12);
    }
}
