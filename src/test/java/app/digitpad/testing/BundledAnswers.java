package app.digitpad.testing;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.AtomicFiles;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.DrawnBenchmark;
import app.digitpad.inference.Prediction;
import app.digitpad.model.Backend;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DrawnDigits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled {@code bncnn} model's answers on MNIST's first {@link #COUNT} test digits as the oneDNN
 * natives give them, one character per digit. The default test run checks that they are still what the
 * model answers; the plain-natives run checks its own answers against them (the two builds cannot load in
 * one process, and all 10,000 digits on the plain natives took 45 s of CI).
 *
 * <p>Also its answers on the first {@link #DRAWN_COUNT} test digits drawn each way of the drawn benchmark,
 * a line per distortion: the default run checks them instead of re-measuring all 70,000 canvases behind the
 * sidecar's drawn figures (110 s of CI; that check runs with {@code -Pfull-benchmarks}). {@link #main}
 * rewrites that file after a deliberate change to drawing, normalizing or the model.
 */
public final class BundledAnswers {

    public static final int COUNT = 2_000;
    private static final String FILE = "bncnn-first-2000.digits";
    public static final int DRAWN_COUNT = 1_000;
    private static final String DRAWN_FILE = "bncnn-drawn-first-1000.digits";

    private BundledAnswers() {
    }

    public static String recorded() throws IOException {
        return resource(FILE).strip();
    }

    /** The recorded drawn answers: per distortion, one character per test digit. */
    public static Map<DrawnDigits.Distortion, String> recordedDrawn() throws IOException {
        Map<DrawnDigits.Distortion, String> out = new EnumMap<>(DrawnDigits.Distortion.class);
        for (String line : resource(DRAWN_FILE).strip().split("\n")) {
            String[] parts = line.split(" ");
            out.put(DrawnDigits.Distortion.valueOf(parts[0]), parts[1]);
        }
        return out;
    }

    /** The network's answers on the first {@link #DRAWN_COUNT} raw test digits drawn each way. */
    public static Map<DrawnDigits.Distortion, String> drawnOf(Network network) {
        MnistSet test = TestData.test().limit(DRAWN_COUNT);
        Map<DrawnDigits.Distortion, String> out = new EnumMap<>(DrawnDigits.Distortion.class);
        for (DrawnDigits.Distortion d : DrawnDigits.Distortion.values()) {
            StringBuilder line = new StringBuilder(DRAWN_COUNT);
            for (int digit : DrawnBenchmark.answers(network, test, d)) {
                line.append(digit);
            }
            out.put(d, line.toString());
        }
        return out;
    }

    /** Writes the bundled model's drawn answers to the file given (the resource's path in src/test/resources). */
    public static void main(String[] args) throws Exception {
        Backend.configure();
        Network network = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false).network();
        StringBuilder text = new StringBuilder();
        drawnOf(network).forEach((d, line) -> text.append(d).append(' ').append(line).append('\n'));
        AtomicFiles.write(Path.of(args[0]), text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledAnswers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** The network's answers on the first {@link #COUNT} prepared test digits, one character each. */
    public static String of(Network network) {
        MnistSet test = TestData.preprocessedTest();
        float[][] probs = network.outputs(test.inputs(0, COUNT), COUNT);
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
