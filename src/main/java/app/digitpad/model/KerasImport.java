package app.digitpad.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.modelimport.keras.config.KerasModelConfiguration;
import org.deeplearning4j.nn.modelimport.keras.utils.KerasModelBuilder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Brings a Keras 2 HDF5 file in as an ordinary DigitPad network, so everything that works on a checkpoint
 * (the pad, explanations, number mode, fine-tuning) works on it. DL4J's importer reads the layers; this
 * class checks first what it would fail on with a message nobody could act on (a Keras 3 archive, a
 * nested model, a 32x32x3 input, 5 classes), then hands the result to {@link ImportedLayers}.
 *
 * <p>Whole models ({@code model.save('x.h5')}) bring their architecture; a weights-only file
 * ({@code model.save_weights('x.h5')}) is put onto the TF2 tutorial's architecture ({@link KerasTutorial}).
 * Inputs: DigitPad gives every model 28x28 grey digits with ink 1.0 on 0.0, as the tutorial's
 * {@code x / 255.0} does; a model trained on other scaling reads them as it would any other input.
 *
 * <p>Any thread may call it; the result is owned by the caller.
 */
public final class KerasImport {

    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final ObjectMapper JSON = new ObjectMapper();

    private KerasImport() {
    }

    /** The network in {@code file}, or an {@link ImportException} saying what is wrong and what to do. */
    static ImportedLayers.Imported load(Path file) throws ImportException {
        Backend.configure();
        checkSignature(file);
        String modelJson = readModelConfig(file);
        try {
            if (modelJson == null) {
                return ImportedLayers.normalize(weightsOntoTutorial(file), true);
            }
            KerasChecks.checkSequential(JSON.readTree(modelJson));
            MultiLayerNetwork net = KerasModelImport.importKerasSequentialModelAndWeights(file.toString(), false);
            return ImportedLayers.normalize(net, false);
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new ImportException(KerasChecks.explain(e));
        }
    }

    private static void checkSignature(Path file) throws ImportException {
        byte[] head = new byte[HDF5_SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= ZIP_SIGNATURE.length && Arrays.equals(Arrays.copyOf(head, ZIP_SIGNATURE.length), ZIP_SIGNATURE)) {
                throw new ImportException(isKeras3(file)
                        ? "saved by Keras 3 (a .keras archive): DigitPad reads Keras 2 HDF5 files; save the model with "
                          + "tf-keras / Keras 2 as model.save('model.h5')"
                        : "a zip, not a Keras HDF5 file (a DigitPad model is a .zip: open it as one)");
            }
            if (n < head.length || !Arrays.equals(head, HDF5_SIGNATURE)) {
                throw new ImportException("not an HDF5 file (Keras 2 saves models as HDF5 with model.save('model.h5'))");
            }
        } catch (IOException e) {
            throw new ImportException("cannot be read: " + e.getMessage());
        }
    }

    private static boolean isKeras3(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("config.json") != null || zip.getEntry("metadata.json") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The root's model_config JSON, or null for a weights-only file. */
    private static String readModelConfig(Path file) throws ImportException {
        try (Hdf5Archive archive = new Hdf5Archive(file.toString())) {
            if (archive.hasAttribute("model_config")) {
                return archive.readAttributeAsJson("model_config");
            }
            if (archive.hasAttribute("layer_names")) {
                return null;
            }
            throw new ImportException("an HDF5 file without a Keras model in it (no model_config and no layer_names "
                    + "at its root): save it with model.save('model.h5') or model.save_weights('weights.h5')");
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new ImportException("the HDF5 file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static MultiLayerNetwork weightsOntoTutorial(Path file) throws Exception {
        String json = KerasTutorial.configFor(file);
        try (KerasModelBuilder builder = new KerasModelBuilder(new KerasModelConfiguration())) {
            return builder.modelJson(json).weightsHdf5FilenameNoRoot(file.toString())
                    .enforceTrainingConfig(false).buildSequential().getMultiLayerNetwork();
        }
    }
}
