package app.digitpad.model;

import app.digitpad.inference.Predictor;
import app.digitpad.model.Network;
import app.digitpad.testing.TestData;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Run by {@link ForwardTest} in a JVM whose heap is fixed and touched at start, so that resident memory can
 * only grow by native memory: 20 batches of 4,096 digits and 200 single predictions, then prints how much
 * resident memory grew ("grown BYTES").
 */
public final class ForwardMemoryProbe {

    /** A network so small that its passes cost little beside copying the inputs: the probe is about memory. */
    private static final SmallNetworks.Shape TINY = new SmallNetworks.Shape(28, 1, 2, 2, 8, 10);

    private ForwardMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Backend.configure();
        MultiLayerNetwork net = new MultiLayerNetwork(SmallNetworks.configuration(TINY, 1, 1e-3));
        net.init();
        Predictor predictor = new Predictor(Network.digits(net), "tiny");
        int batch = 4096;
        float[] inputs = new float[batch * 784];
        float[] digits = TestData.test().inputs(0, 64);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = digits[i % digits.length];
        }
        for (int i = 0; i < 3; i++) {
            Forward.outputs(net, inputs, batch, Forward.DIGIT);
            predictor.predict(TestData.test().image(i));
        }
        long before = Pointer.physicalBytes();
        for (int i = 0; i < 20; i++) {
            Forward.outputs(net, inputs, batch, Forward.DIGIT);
            for (int k = 0; k < 10; k++) {
                predictor.predict(TestData.test().image(k));
            }
            System.out.println("after batch " + (i + 1) + ": " + Pointer.physicalBytes());
        }
        System.out.println("grown " + (Pointer.physicalBytes() - before));
    }
}
