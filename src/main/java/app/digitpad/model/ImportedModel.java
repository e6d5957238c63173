package app.digitpad.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A digit model made by another framework, ready to use like a checkpoint: a Keras 2 HDF5 file becomes a
 * DigitPad-shaped DL4J network ({@link KerasImport}), an ONNX file runs in ONNX Runtime ({@link OnnxModel}).
 *
 * @param framework what made it, for the user and a fine-tuned child's sidecar ("Keras 2", "ONNX")
 * @param note      what DigitPad changed or cannot do, in the user's words (empty when nothing)
 *
 * <p>Any thread may call {@link #load}; the network belongs to the caller.
 */
public record ImportedModel(Network network, String framework, String note) {

    /**
     * The architecture name a fine-tune of an imported Keras model records (its children are named
     * {@code keras-import-epoch-NNN.zip}); the layers themselves are the file's.
     */
    public static final String ARCHITECTURE = "keras-import";
    /** Adam's rate for fine-tuning an imported model, which brings no optimizer state: the tutorial's. */
    public static final double LEARNING_RATE = 1e-3;

    /** File endings DigitPad imports, for file choosers and messages. */
    public static final String[] EXTENSIONS = {".h5", ".hdf5", ".keras", ".onnx"};

    /** Whether the file's name says it is another framework's model (else it should be a DigitPad zip). */
    public static boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** The framework a file's name says made it. */
    public static String frameworkOf(Path file) {
        return OnnxModel.handles(file) ? "ONNX" : "Keras 2";
    }

    public static ImportedModel load(Path file) throws ImportException {
        if (OnnxModel.handles(file)) {
            OnnxModel model = OnnxModel.load(file);
            String note = "runs in ONNX Runtime: no feature maps, nearest digits or fine-tuning"
                    + (model.answersLogits() ? "; it answers logits, so DigitPad applies softmax" : "");
            return new ImportedModel(Network.onnx(model), "ONNX", note);
        }
        ImportedLayers.Imported imported = KerasImport.load(file);
        List<String> notes = new ArrayList<>();
        if (imported.weightsOnly()) {
            notes.add("weights only, put onto the TF2 tutorial CNN's layers");
        }
        if (imported.answeredLogits()) {
            notes.add("it answers logits (its last Dense is linear), so DigitPad applies softmax");
        }
        return new ImportedModel(Network.digits(imported.network()), "Keras 2", String.join("; ", notes));
    }
}
