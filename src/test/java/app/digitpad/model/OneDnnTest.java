package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Network;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Proves the foundation's speed fix is real: the oneDNN helpers are attached to the tutorial CNN's
 * convolution and pooling layers, and they compute the same gradients as DL4J's built-in path.
 */
class OneDnnTest {

    @Test
    void nativeEnvironmentReportsOneDnn() {
        assertTrue(Backend.oneDnnActive(), "ND4J's native build must be the -onednn one");
    }

    @Test
    void convolutionAndPoolingRunOnOneDnnHelpers() {
        Network net = Architectures.standard().build("tutorial", 1, 1e-3);
        net.dl4jNetwork().output(Nd4j.rand(2, 1, 28, 28), false);
        assertTrue(((ConvolutionLayer) net.dl4jNetwork().getLayer(0)).getHelper() instanceof MKLDNNConvHelper);
        assertTrue(((SubsamplingLayer) net.dl4jNetwork().getLayer(1)).getHelper() instanceof MKLDNNSubsamplingHelper);
    }

    @Test
    void gradientsEqualTheBuiltInPathWithin1e6() {
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(8, 1, 28, 28);
        INDArray y = Nd4j.zeros(8, 10);
        for (int i = 0; i < 8; i++) {
            y.putScalar(i, i % 10, 1);
        }
        Gradient fast = gradient(Architectures.standard().build("tutorial", 5, 1e-3), x, y);
        Network stock;
        System.setProperty(Backend.HELPERS_DISABLE, "true");
        try {
            stock = Architectures.standard().build("tutorial", 5, 1e-3);
            assertNull(((ConvolutionLayer) stock.dl4jNetwork().getLayer(0)).getHelper());
        } finally {
            System.setProperty(Backend.HELPERS_DISABLE, "false");
        }
        Gradient plain = gradient(stock, x, y);
        double maxDiff = fast.gradient().sub(plain.gradient()).amaxNumber().doubleValue();
        assertTrue(maxDiff < 1e-6, "max gradient difference " + maxDiff);
        assertEquals(93_322, fast.gradient().length());
    }

    private static Gradient gradient(Network network, INDArray x, INDArray y) {
        MultiLayerNetwork net = network.dl4jNetwork();
        net.setInput(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        return net.gradient();
    }
}
