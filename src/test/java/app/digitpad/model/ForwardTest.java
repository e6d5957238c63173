package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.model.Network;
import app.digitpad.testing.ChildJvm;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

/** Forward passes answer in Java floats and leave no native memory behind for the garbage collector. */
class ForwardTest {

    private static final long MB = 1L << 20;
    /** The bundled gate's and judge's shapes (only their inputs and outputs are checked on reading). */
    private static final SmallNetworks.Shape GATE = new SmallNetworks.Shape(28, 1, 32, 64, 64, 2);
    private static final SmallNetworks.Shape JUDGE = new SmallNetworks.Shape(28, 2, 20, 40, 64, 11);

    private static Network bundled() throws Exception {
        return new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network();
    }


    /**
     * Every network the app ships (both digit models, the faster copy of the batch-norm one, the gate's and the
     * judge's members) goes layer by layer, pooling without oneDNN, and answers to the bit as DL4J's own pass,
     * across a chunk boundary.
     */
    @Test
    void everyBundledNetworkAnswersExactlyAsDl4jDoesInChunksOfAnySize() throws Exception {
        Map<String, MultiLayerNetwork> networks = new LinkedHashMap<>();
        networks.put("tutorial.zip", bundled().dl4jNetwork());
        MultiLayerNetwork bncnn = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false).network().dl4jNetwork();
        networks.put("bncnn.zip", bncnn);
        networks.put("bncnn.zip, batch norm folded", BatchNormFolding.fold(bncnn, Forward.DIGIT).orElseThrow());
        for (String name : List.of("not-a-digit.gate", "not-a-digit-2.gate")) {
            networks.put(name, SmallNetworks.read(Models.bundled(name), GATE).dl4jNetwork());
        }
        for (String name : List.of("touching-digits.judge", "touching-digits-5.judge")) {
            networks.put(name, SmallNetworks.read(Models.bundled(name), JUDGE).dl4jNetwork());
        }
        int count = Forward.CHUNK + 7;
        float[] digits = TestData.test().inputs(0, 2 * count);
        for (Map.Entry<String, MultiLayerNetwork> e : networks.entrySet()) {
            MultiLayerNetwork net = e.getValue();
            assertTrue(LayerByLayer.handles(net), e.getKey() + " goes layer by layer");
            long channels = ((ConvolutionLayer) net.getLayer(0).conf().getLayer()).getNIn();
            Forward.InputShape shape = new Forward.InputShape((int) channels, 28);
            float[] inputs = java.util.Arrays.copyOf(digits, count * shape.values());
            float[][] ours = Forward.outputs(net, inputs, count, shape);
            float[][] theirs = net.output(Nd4j.create(inputs, new long[] {count, channels, 28, 28}, 'c'), false)
                    .toFloatMatrix();
            assertEquals(count, ours.length);
            for (int i = 0; i < count; i++) {
                assertArrayEquals(theirs[i], ours[i], 0f, e.getKey() + ", input " + i);
            }
        }
    }

    /** A network with a layer it does not know goes through DL4J's own pass. */
    @Test
    void aNetworkOfOtherLayersGoesThroughDl4j() throws Exception {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new GlobalPoolingLayer.Builder(PoolingType.MAX).build())
                .layer(new OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(28, 28, 1)).build());
        net.init();
        assertFalse(LayerByLayer.handles(net));
        float[] input = TestData.test().image(0);
        assertArrayEquals(net.output(Nd4j.create(input, new long[] {1, 1, 28, 28}, 'c'), false).toFloatVector(),
                Forward.output(net, input, Forward.DIGIT), 0f);
    }

    @Test
    void activationsComeWithTheirShapes() throws Exception {
        Network net = bundled();
        float[] input = TestData.test().image(0);
        List<Forward.LayerActivations> all = Forward.activations(net.dl4jNetwork(), input, 1, Forward.DIGIT, 0, net.layers().size() - 1);
        assertEquals(net.layers().size(), all.size());
        Forward.LayerActivations last = all.get(all.size() - 1);
        assertArrayEquals(new long[] {10}, last.shape());
        assertArrayEquals(Forward.output(net.dl4jNetwork(), input, Forward.DIGIT), last.rows()[0], 1e-5f);
    }

    /**
     * Hundreds of passes, in a JVM whose heap cannot move resident memory: before answers were copied out
     * of a reset workspace, every batch left its input and output in native memory until a collection
     * happened to run (about 10 MB a batch here: 206 MB over the 20 batches, against 40 MB of warm-up with
     * the workspace, which levels off at 75 MB after 60 batches).
     */
    @Test
    void hundredsOfPassesLeaveNativeMemoryWhereItWas() throws Exception {
        Process child = ChildJvm.start(ForwardMemoryProbe.class,
                List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", "-Djava.awt.headless=true"));
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        String grown = output.lines().filter(l -> l.startsWith("grown ")).findFirst().orElseThrow(() ->
                new AssertionError("no figure in the probe's output: " + output));
        long bytes = Long.parseLong(grown.substring("grown ".length()).trim());
        assertTrue(bytes < 128 * MB, "resident memory grew " + bytes / MB + " MB over 20 batches of 4,096 digits "
                + "and 200 predictions (half of what the batches' inputs alone would leave):\n" + output);
    }
}
