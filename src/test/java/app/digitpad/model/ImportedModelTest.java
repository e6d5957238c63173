package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Models made elsewhere answer as they did where they were made: PyTorch's probabilities for 100 MNIST test
 * digits (src/test/python/import_fixtures.py) against DigitPad's, for a Keras 2 file, Keras weights alone
 * and ONNX; and each kind of file DigitPad cannot use is refused naming the layer or shape.
 */
class ImportedModelTest {

    static final Path FIXTURES = Path.of("src/test/resources/app/digitpad/model/imports");
    static final int DIGITS = 100;
    private static final float TOLERANCE = 1e-4f;

    static JsonNode reference() throws Exception {
        return new ObjectMapper().readTree(FIXTURES.resolve("reference.json").toFile());
    }

    static float[][] probabilities(Network network) {
        return network.outputs(TestData.test().inputs(0, DIGITS), DIGITS);
    }

    static float largestDifference(float[][] ours, JsonNode theirs) {
        float worst = 0;
        for (int i = 0; i < DIGITS; i++) {
            for (int k = 0; k < 10; k++) {
                worst = Math.max(worst, Math.abs(ours[i][k] - (float) theirs.get(i).get(k).asDouble()));
            }
        }
        return worst;
    }

    @Test
    void theTutorialsKerasFileAnswersAsPyTorchDid() throws Exception {
        ImportedModel imported = ImportedModel.load(FIXTURES.resolve("tutorial-keras2.h5"));
        assertEquals(93_322, imported.network().parameterCount());
        assertTrue(imported.note().contains("logits"), imported.note());
        assertAnswersAsReference(imported, "tutorial");
    }

    @Test
    void batchNormalizationDropoutAndSamePaddingImportExactly() throws Exception {
        ImportedModel imported = ImportedModel.load(FIXTURES.resolve("bn-keras2.h5"));
        assertEquals("", imported.note());
        assertAnswersAsReference(imported, "bn");
    }

    @Test
    void reluAndSoftmaxAsLayersOfTheirOwnImportExactly() throws Exception {
        ImportedModel imported = ImportedModel.load(FIXTURES.resolve("relu-softmax-keras2.h5"));
        assertAnswersAsReference(imported, "relu_softmax");
    }

    @Test
    void weightsAloneGoOntoTheTutorialsArchitecture() throws Exception {
        ImportedModel imported = ImportedModel.load(FIXTURES.resolve("tutorial-weights.h5"));
        assertAnswersAsReference(imported, "tutorial");
    }

    @Test
    void anOnnxExportAnswersAsPyTorchDid() throws Exception {
        ImportedModel imported = ImportedModel.load(FIXTURES.resolve("tutorial.onnx"));
        assertFalse(imported.network().layered());
        assertEquals("ONNX", imported.framework());
        float[][] ours = assertAnswersAsReference(imported, "tutorial");
        float[] one = imported.network().copy().output(TestData.test().image(3));
        assertEquals(ours[3][0], one[0], 1e-6f, "a copy answers one digit as the batch did");
    }

    @Test
    void onnxRuntimesUnpackedLibrariesAreNotLeftInTheTemporaryFolder() throws Exception {
        ImportedModel.load(FIXTURES.resolve("tutorial.onnx"));
        Path unpacked = OnnxNatives.unpackedFolder().orElseThrow();
        assertTrue(unpacked.getFileName().toString().startsWith("onnxruntime-java"), unpacked.toString());
        assertFalse(java.nio.file.Files.exists(unpacked), unpacked + " is still there");
    }

    @Test
    void filesDigitPadCannotUseAreRefusedSayingWhatToDo() {
        assertRefused("keras3.keras", "saved by Keras 3", "Keras 2");
        assertRefused("rescaling-keras2.h5", "layer 'rescaling' (Rescaling)", "without the Rescaling layer");
        assertRefused("rgb-keras2.h5", "(32, 32, 3)", "(28, 28, 1)");
        assertRefused("five-keras2.h5", "5 units", "10 classes");
        assertRefused("nested-keras2.h5", "layer 'inner' is a whole Sequential model nested", "flat keras.Sequential");
        assertRefused("reference.json", "not an HDF5 file", "model.save('model.h5')");
    }

    /** The imported model's probabilities for the 100 digits, each within {@link #TOLERANCE} of PyTorch's. */
    private static float[][] assertAnswersAsReference(ImportedModel imported, String reference) throws Exception {
        float[][] ours = probabilities(imported.network());
        float worst = largestDifference(ours, reference().get(reference));
        assertTrue(worst < TOLERANCE, "largest difference " + worst);
        return ours;
    }

    private static void assertRefused(String file, String... says) {
        ImportException e = assertThrows(ImportException.class, () -> ImportedModel.load(FIXTURES.resolve(file)));
        for (String part : says) {
            assertTrue(e.getMessage().contains(part), file + ": " + e.getMessage());
        }
    }
}
