package app.digitpad.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.lang.ref.Cleaner;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A digit classifier from an ONNX file (a PyTorch CNN exported with {@code torch.onnx.export}, say), run by
 * ONNX Runtime. DL4J's own ONNX importer drops the bias of every fully connected layer
 * (../shared/notes/model-import.md), so the graph runs as it was exported instead of being rebuilt.
 *
 * <p>It answers probabilities for 28x28 grey digits given as {@code [n, 1, 28, 28]}, {@code [n, 28, 28]} or
 * {@code [n, 784]}, ink 1.0 on 0.0; a graph that answers logits gets softmax applied (decided once, at load,
 * by whether its answers are distributions). Its layers cannot be looked into or trained here.
 *
 * <p>ONNX Runtime's sessions may be run from several threads at once, so copies share one session; it is
 * closed when the last copy is unreachable.
 */
final class OnnxModel {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final long SIDE = 28;
    private static final int PIXELS = (int) (SIDE * SIDE);
    private static final int CLASSES = 10;
    /** How far a row may sum from 1 and still be read as probabilities rather than logits. */
    private static final double SUM_TOLERANCE = 1e-3;

    private final OrtSession session;
    private final String input;
    private final long[] shape;
    private final boolean logits;

    private OnnxModel(OrtSession session, String input, long[] shape) throws OrtException {
        this.session = session;
        this.input = input;
        this.shape = shape;
        this.logits = !answersDistributions();
    }

    static boolean handles(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    static OnnxModel load(Path file) throws ImportException {
        OrtSession session;
        try {
            session = OnnxNatives.environment().createSession(file.toString(), new OrtSession.SessionOptions());
        } catch (OrtException | RuntimeException | LinkageError e) {
            throw new ImportException("ONNX Runtime could not open it as a model (" + e.getMessage() + ")");
        }
        try {
            OnnxModel model = new OnnxModel(session, inputName(session), inputShape(session));
            checkOutput(session);
            CLEANER.register(model, new Closer(session));
            return model;
        } catch (ImportException e) {
            close(session);
            throw e;
        } catch (OrtException | RuntimeException e) {
            close(session);
            throw new ImportException("the graph does not run on a 28x28 digit (" + e.getMessage() + ")");
        }
    }

    boolean answersLogits() {
        return logits;
    }

    /**
     * Probabilities, one row per input of {@code inputs} (28x28 values each), run in chunks of
     * {@link Forward#CHUNK} so that what ONNX Runtime holds is bounded by a chunk, not by the caller's count.
     */
    float[][] outputs(float[] inputs, int count) {
        try {
            if (shape[0] == 1 && count > 1) {
                float[][] rows = new float[count][];
                for (int i = 0; i < count; i++) {
                    rows[i] = outputs(Arrays.copyOfRange(inputs, i * PIXELS, (i + 1) * PIXELS), 1)[0];
                }
                return rows;
            }
            float[][] rows = new float[count][];
            for (int from = 0; from < count; from += Forward.CHUNK) {
                int n = Math.min(Forward.CHUNK, count - from);
                float[][] raw = run(Arrays.copyOfRange(inputs, from * PIXELS, (from + n) * PIXELS), n);
                System.arraycopy(logits ? softmax(raw) : raw, 0, rows, from, n);
            }
            return rows;
        } catch (OrtException e) {
            throw new IllegalStateException("the ONNX model failed on " + count + " inputs: " + e.getMessage(), e);
        }
    }

    private float[][] run(float[] inputs, int count) throws OrtException {
        long[] dims = shape.clone();
        dims[0] = count;
        OrtEnvironment env = OnnxNatives.environment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(inputs), dims);
             OrtSession.Result result = session.run(Map.of(input, tensor))) {
            return (float[][]) result.get(0).getValue();
        }
    }

    private boolean answersDistributions() throws OrtException {
        float[] probe = new float[2 * PIXELS];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = (i * 7919 % 13) / 12f;
        }
        float[][] rows = shape[0] == 1 ? new float[][] {run(new float[PIXELS], 1)[0],
                run(Arrays.copyOfRange(probe, PIXELS, probe.length), 1)[0]} : run(probe, 2);
        for (float[] row : rows) {
            double sum = 0;
            for (float v : row) {
                if (v < 0 || v > 1) {
                    return false;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    static float[][] softmax(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            float max = Float.NEGATIVE_INFINITY;
            for (float v : rows[r]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            double[] e = new double[rows[r].length];
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.exp(rows[r][i] - max);
                sum += e[i];
            }
            out[r] = new float[e.length];
            for (int i = 0; i < e.length; i++) {
                out[r][i] = (float) (e[i] / sum);
            }
        }
        return out;
    }

    private static String inputName(OrtSession session) throws ImportException {
        if (session.getNumInputs() != 1) {
            throw new ImportException("the graph takes " + session.getNumInputs() + " inputs: a digit model takes one "
                    + "image batch");
        }
        return session.getInputNames().iterator().next();
    }

    private static long[] inputShape(OrtSession session) throws ImportException, OrtException {
        NodeInfo node = session.getInputInfo().values().iterator().next();
        if (!(node.getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
            throw new ImportException("input '" + node.getName() + "' is not a float tensor (" + node.getInfo() + ")");
        }
        long[] s = info.getShape();
        long[] batch = s.length == 0 ? s : Arrays.copyOfRange(s, 1, s.length);
        boolean image = Arrays.equals(batch, new long[] {1, SIDE, SIDE}) || Arrays.equals(batch, new long[] {SIDE, SIDE})
                || Arrays.equals(batch, new long[] {SIDE * SIDE});
        if (!image || s[0] == 0 || s[0] > 1) {
            throw new ImportException("input '" + node.getName() + "' has shape " + Arrays.toString(s) + ": DigitPad "
                    + "gives 28x28 grey digits as [batch, 1, 28, 28] (NCHW), [batch, 28, 28] or [batch, 784]");
        }
        long[] shape = s.clone();
        shape[0] = s[0] == 1 ? 1 : -1;
        return shape;
    }

    private static void checkOutput(OrtSession session) throws ImportException, OrtException {
        NodeInfo node = session.getOutputInfo().values().iterator().next();
        if (!(node.getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
            throw new ImportException("output '" + node.getName() + "' is not a float tensor (" + node.getInfo() + ")");
        }
        long[] s = info.getShape();
        if (s.length != 2 || s[1] != CLASSES) {
            throw new ImportException("output '" + node.getName() + "' has shape " + Arrays.toString(s)
                    + ": a digit model answers [batch, 10]");
        }
    }

    private static void close(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // Nothing is lost: the session is being thrown away after a failed load.
        }
    }

    /** Closes the session once no copy of the model is reachable (it must not refer to the model). */
    private record Closer(OrtSession session) implements Runnable {
        @Override
        public void run() {
            close(session);
        }
    }
}
