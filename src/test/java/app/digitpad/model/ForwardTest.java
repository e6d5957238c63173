package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.model.Network;
import app.digitpad.testing.ChildJvm;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Forward passes answer in Java floats and leave no native memory behind for the garbage collector. */
class ForwardTest {

    private static final long MB = 1L << 20;

    private static Network bundled() throws Exception {
        return new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network();
    }


    @Test
    void answersAsDl4jDoesInChunksOfAnySize() throws Exception {
        Network net = bundled();
        int count = Forward.CHUNK + 7;
        float[] inputs = TestData.test().inputs(0, count);
        float[][] ours = Forward.outputs(net.dl4jNetwork(), inputs, count, Forward.DIGIT);
        float[][] theirs = net.dl4jNetwork().output(Nd4j.create(inputs, new long[] {count, 1, 28, 28}, 'c'), false).toFloatMatrix();
        assertEquals(count, ours.length);
        for (int i = 0; i < count; i++) {
            assertArrayEquals(theirs[i], ours[i], 1e-5f, "input " + i);
        }
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
