package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DigitPad model written as Keras 2 HDF5 gives the same probabilities when read back by DL4J's Keras
 * importer and by an independent reader (h5py and numpy, src/test/python/import_fixtures.py), and the
 * file has Keras' own layout.
 */
class KerasExportTest {

    private static final int DIGITS = ImportedModelTest.DIGITS;

    @TempDir
    Path tmp;

    @Test
    void theBundledModelsComeBackFromKerasWithTheSameProbabilities() throws Exception {
        for (String bundled : new String[] {"bncnn.zip", "tutorial.zip"}) {
            Network ours = new CheckpointLoader().load(Models.bundled(bundled), false).network();
            Path h5 = tmp.resolve(bundled.replace(".zip", ".h5"));
            KerasExport.write(ours, h5);
            Network back = ImportedModel.load(h5).network();
            float worst = largestDifference(ImportedModelTest.probabilities(ours), ImportedModelTest.probabilities(back));
            assertTrue(worst < 1e-5f, bundled + ": largest difference " + worst);
            assertEquals(ours.parameterCount(), back.parameterCount(), bundled);
        }
    }

    @Test
    void theFileHasKerasLayoutNamesAndConfig() throws Exception {
        Path h5 = tmp.resolve("tutorial.h5");
        KerasExport.write(new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network(), h5);
        try (Hdf5Archive archive = new Hdf5Archive(h5.toString())) {
            JsonNode config = new ObjectMapper().readTree(archive.readAttributeAsJson("model_config"));
            List<String> kinds = new ArrayList<>();
            config.get("config").get("layers").forEach(l -> kinds.add(l.get("class_name").asText()));
            assertEquals(List.of("InputLayer", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Conv2D", "Flatten",
                    "Dense", "Dense"), kinds);
            assertEquals("2.13.1", archive.readAttributeAsString("keras_version"));
            assertEquals(List.of(3L, 3L, 1L, 32L), shape(archive, "conv2d"));
            assertEquals(List.of(576L, 64L), shape(archive, "dense"));
            assertEquals(List.of(64L, 10L), shape(archive, "dense_1"));
        }
    }

    @Test
    void anIndependentReaderGetsTheSameProbabilities() throws Exception {
        Network ours = new CheckpointLoader().load(Models.bundled(), false).network();
        Path h5 = tmp.resolve("bncnn.h5");
        KerasExport.write(ours, h5);
        String python = pythonWithH5py();
        Assumptions.assumeTrue(python != null, "needs python3 with h5py and numpy (Debian: python3-h5py)");
        Process p = new ProcessBuilder(python, "src/test/python/import_fixtures.py", "read", h5.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, "the reader failed: " + out);
        JsonNode theirs = new ObjectMapper().readTree(out).get("probabilities");
        float worst = ImportedModelTest.largestDifference(ImportedModelTest.probabilities(ours), theirs);
        assertTrue(worst < 1e-4f, "largest difference " + worst);
    }

    @Test
    void anOnnxGraphIsNotExportedAndNothingIsWritten() throws Exception {
        Network onnx = ImportedModel.load(ImportedModelTest.FIXTURES.resolve("tutorial.onnx")).network();
        Path h5 = tmp.resolve("onnx.h5");
        ExportException e = assertThrows(ExportException.class, () -> KerasExport.write(onnx, h5));
        assertTrue(e.getMessage().contains("ONNX"), e.getMessage());
        assertFalse(Files.exists(h5));
    }

    private static List<Long> shape(Hdf5Archive archive, String layer) throws Exception {
        List<Long> out = new ArrayList<>();
        for (long d : archive.readDataSet("kernel:0", "model_weights", layer, layer).shape()) {
            out.add(d);
        }
        return out;
    }

    private static float largestDifference(float[][] a, float[][] b) {
        float worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < a[i].length; k++) {
                worst = Math.max(worst, Math.abs(a[i][k] - b[i][k]));
            }
        }
        return worst;
    }

    /** A python3 that has h5py and numpy, or null. */
    private static String pythonWithH5py() {
        for (String python : new String[] {"/usr/bin/python3", "python3"}) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import h5py, numpy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException | InterruptedException e) {
                // Not this one: try the next.
            }
        }
        return null;
    }
}
