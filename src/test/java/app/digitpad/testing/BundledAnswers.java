package app.digitpad.testing;

import app.digitpad.data.MnistSet;
import app.digitpad.inference.Prediction;
import app.digitpad.model.Forward;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The bundled {@code bncnn} model's answers on MNIST's first {@link #COUNT} test digits as the oneDNN
 * natives give them, one character per digit. The default test run checks that they are still what the
 * model answers; the plain-natives run checks its own answers against them (the two builds cannot load in
 * one process, and all 10,000 digits on the plain natives took 45 s of CI).
 */
public final class BundledAnswers {

    public static final int COUNT = 2_000;
    private static final String FILE = "bncnn-first-2000.digits";

    private BundledAnswers() {
    }

    public static String recorded() throws IOException {
        try (InputStream in = BundledAnswers.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException("missing test resource " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    /** The network's answers on the first {@link #COUNT} prepared test digits, one character each. */
    public static String of(MultiLayerNetwork network) {
        MnistSet test = TestData.preprocessedTest();
        float[][] probs = Forward.outputs(network, test.inputs(0, COUNT), COUNT, Forward.DIGIT);
        StringBuilder out = new StringBuilder(COUNT);
        for (float[] p : probs) {
            out.append(Prediction.of(p).digit());
        }
        return out.toString();
    }

    /** How many of two answer strings' places differ. */
    public static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n + Math.abs(a.length() - b.length());
    }
}
