package app.digitpad.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.inference.Prediction;
import app.digitpad.model.Architectures;
import app.digitpad.model.Backend;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The explanations' maths on known inputs and networks. */
class ExplainerTest {

    private static final int SIDE = DigitNormalizer.SIDE;

    @Test
    void occlusionWithAOnePixelPatchFindsTheOnePixelANetworkReads() {
        Backend.configure();
        MultiLayerNetwork dl4j = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(SIDE, SIDE, 1)).build());
        dl4j.init();
        Network net = Network.digits(dl4j);
        net.dl4jNetwork().params().assign(0);
        int pixel = 13 * SIDE + 9;
        net.dl4jNetwork().getLayer(0).getParam("W").putScalar(pixel, 3, 5.0);
        float[] input = new float[SIDE * SIDE];
        java.util.Arrays.fill(input, 1f);
        float[] map = new Explainer(net).occlusion(input, 3, 1);
        double base = Math.exp(5) / (Math.exp(5) + 9);
        for (int i = 0; i < map.length; i++) {
            assertEquals(i == pixel ? base - 0.1 : 0, map[i], 1e-5, "pixel " + i);
        }
    }

    @Test
    void featureMapsHaveEachConvolutionLayersShape() {
        Backend.configure();
        Network net = Architectures.standard().build("tutorial", 1, 1e-3);
        List<FeatureMaps> maps = new Explainer(net).featureMaps(TestData.test().image(0));
        assertEquals(List.of(32, 64, 64), maps.stream().map(FeatureMaps::channels).toList());
        assertEquals(List.of(26, 11, 3), maps.stream().map(FeatureMaps::height).toList());
        assertEquals(List.of(26, 11, 3), maps.stream().map(FeatureMaps::width).toList());
        for (FeatureMaps m : maps) {
            assertEquals(m.channels() * m.height() * m.width(), m.values().length);
        }
        FeatureMaps filters = new Explainer(net).firstFilters();
        assertEquals(32, filters.channels());
        assertEquals(3, filters.height());
    }

    @Test
    void aMosaicHoldsEveryChannelStretchedAndFindsTheChannelUnderAPoint() {
        float[] values = new float[5 * 2 * 3];
        for (int c = 0; c < 5; c++) {
            values[c * 6 + c % 6] = c + 1;
        }
        FeatureMaps maps = new FeatureMaps(0, "conv", 5, 2, 3, values);
        GrayImage mosaic = maps.mosaic(2);
        assertEquals(2 * 4 - 1, mosaic.width(), "two 3-wide tiles and a line");
        assertEquals(3 * 3 - 1, mosaic.height(), "three rows of 2-high tiles");
        assertEquals(1f, mosaic.at(4, 3 + 1), 1e-6, "channel 3's peak (x 0, y 1 of its map), stretched to 1, in its tile");
        assertEquals(FeatureMaps.GAP, mosaic.at(3, 0), 1e-6);
        assertEquals(3, maps.channelAt(2, 4 + 1, 3 + 1));
        assertEquals(4, maps.channelAt(2, 0, 6));
        assertEquals(-1, maps.channelAt(2, 4, 6), "past the last channel");
        assertEquals(-1, maps.channelAt(2, 3, 0), "on a line");
    }

    @Test
    void theProbesZeroStepIsThePlainPrediction() throws Exception {
        Explainer explainer = new Explainer(new CheckpointLoader().load(Models.bundled(), false).network());
        float[] input = DigitNormalizer.normalize(new GrayImage(SIDE, SIDE, TestData.test().image(0))).orElseThrow();
        Prediction plain = explainer.predict(input);
        for (RobustnessProbe.Curve curve : RobustnessProbe.probe(explainer, input)) {
            int zero = curve.steps().indexOf(curve.axis().zero());
            assertTrue(zero >= 0, curve.axis() + " has its zero step");
            assertEquals(plain.probabilities()[plain.digit()], curve.probability()[zero], 1e-6, curve.axis().toString());
            assertEquals(plain.digit(), curve.answer()[zero]);
        }
    }

    @Test
    void normalizationStepsEndInTheInputTheNetworkSees() {
        GrayImage image = new GrayImage(SIDE, SIDE, TestData.test().image(1));
        DigitNormalizer.Steps steps = DigitNormalizer.steps(image).orElseThrow();
        assertTrue(java.util.Arrays.equals(DigitNormalizer.normalize(image).orElseThrow(), steps.input()));
        assertEquals(DigitNormalizer.BOX, Math.max(steps.box().width(), steps.box().height()));
        assertTrue(steps.crop().width() < SIDE && steps.crop().height() < SIDE, "cropped to the ink");
    }

    @Test
    void headingsAndRangesSayWhatTheyShow() {
        assertEquals("convolution 2", new FeatureMaps(2, "layer2", 1, 1, 1, new float[1]).heading(2));
        assertEquals("edges (convolution 1)", new FeatureMaps(0, "edges", 1, 1, 1, new float[1]).heading(1));
        assertEquals("turn (degrees) -30..30", RobustnessProbe.Axis.ROTATE.labelWithRange());
        assertEquals("size (x) 0.6..1.4", RobustnessProbe.Axis.SCALE.labelWithRange());
    }
}
