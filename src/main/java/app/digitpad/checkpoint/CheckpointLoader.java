package app.digitpad.checkpoint;

import app.digitpad.data.MnistSet;
import app.digitpad.data.RegularFiles;
import app.digitpad.model.Backend;
import app.digitpad.model.Forward;
import app.digitpad.model.ImportException;
import app.digitpad.model.ImportedModel;
import app.digitpad.model.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Opens a model file and proves it is usable before anyone switches to it: a zip that is not a DL4J
 * model, a truncated file, a network that does not take 28x28x1 or does not answer 10 classes each give
 * a {@link CheckpointException} and nothing else changes. Keras 2 ({@code .h5}) and ONNX files are
 * imported ({@link ImportedModel}) and then checked the same way.
 */
public final class CheckpointLoader {

    private static final String CONFIGURATION_ENTRY = "configuration.json";
    private static final String COEFFICIENTS_ENTRY = "coefficients.bin";

    private final CheckpointFiles files = new CheckpointFiles();

    /** Loads and validates; with updater state when {@code forTraining} so that training can resume. */
    public Checkpoint.Loaded load(Path zip, boolean forTraining) throws CheckpointException {
        Backend.configure();
        if (ImportedModel.handles(zip)) {
            return loadImported(zip);
        }
        checkIsDl4jZip(zip);
        MultiLayerNetwork net = restore(zip, forTraining);
        checkShapes(zip, net);
        checkFinite(zip, net);
        Optional<CheckpointMetadata> metadata = files.readSidecar(zip);
        return new Checkpoint.Loaded(new Checkpoint(zip, metadata), Network.digits(net));
    }

    /** A Keras or ONNX file: no sidecar, the same checks as a zip once it is a network. */
    private static Checkpoint.Loaded loadImported(Path file) throws CheckpointException {
        Optional<String> problem = RegularFiles.problem(file);
        if (problem.isPresent()) {
            throw new CheckpointException(file, problem.get());
        }
        ImportedModel imported;
        try {
            imported = ImportedModel.load(file);
        } catch (ImportException e) {
            throw new CheckpointException(file, "cannot be used as a " + ImportedModel.frameworkOf(file) + " digit model: "
                    + e.getMessage(), e);
        }
        if (imported.network().layered()) {
            checkShapes(file, imported.network().dl4jNetwork());
            checkFinite(file, imported.network().dl4jNetwork());
        }
        return new Checkpoint.Loaded(new Checkpoint(file, Optional.empty()), imported.network(), imported.note());
    }

    private static void checkIsDl4jZip(Path zip) throws CheckpointException {
        Optional<String> problem = RegularFiles.problem(zip);
        if (problem.isPresent()) {
            throw new CheckpointException(zip, problem.get());
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(CONFIGURATION_ENTRY) == null || z.getEntry(COEFFICIENTS_ENTRY) == null) {
                throw new CheckpointException(zip, "not a DL4J model (the zip has no "
                        + CONFIGURATION_ENTRY + " and " + COEFFICIENTS_ENTRY + ")");
            }
        } catch (ZipException e) {
            throw new CheckpointException(zip, "not a model file: not a readable zip (truncated or another format)", e);
        } catch (IOException e) {
            throw new CheckpointException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static MultiLayerNetwork restore(Path zip, boolean withUpdater) throws CheckpointException {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), withUpdater);
        } catch (Exception | ExceptionInInitializerError e) {
            throw new CheckpointException(zip, "not a DigitPad model: DL4J could not restore a layered network ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** A diverged or damaged network answers NaN for everything: refuse it like any other unusable file. */
    private static void checkFinite(Path zip, MultiLayerNetwork net) throws CheckpointException {
        float[] params = net.params().toFloatVector();
        for (int i = 0; i < params.length; i++) {
            if (!Float.isFinite(params[i])) {
                throw new CheckpointException(zip, "the network's weights are not all finite numbers (parameter "
                        + i + " of " + params.length + " is " + params[i] + "): it cannot answer");
            }
        }
    }

    private static void checkShapes(Path zip, MultiLayerNetwork net) throws CheckpointException {
        float[] out;
        try {
            out = Forward.output(net, new float[Forward.DIGIT.values()], Forward.DIGIT);
        } catch (RuntimeException e) {
            throw new CheckpointException(zip, "the network does not take a 28x28x1 image (" + e.getMessage() + ")", e);
        }
        if (out.length != MnistSet.CLASSES) {
            throw new CheckpointException(zip, "the network answers shape [1, " + out.length
                    + "] instead of 10 class probabilities");
        }
    }
}
