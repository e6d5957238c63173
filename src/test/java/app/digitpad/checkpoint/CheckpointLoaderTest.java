package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Architectures;
import app.digitpad.model.Network;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.training.Tensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Every kind of bad model file gets its own clear error; a good one loads with its sidecar. */
class CheckpointLoaderTest {

    @TempDir
    Path tmp;

    private final CheckpointLoader loader = new CheckpointLoader();

    @Test
    void bundledModelsLoadWithTheirMetadata() throws Exception {
        Checkpoint.Loaded loaded = loader.load(Models.bundled(), false);
        CheckpointMetadata meta = loaded.checkpoint().metadata().orElseThrow();
        assertEquals("bncnn", meta.architecture());
        assertEquals(60_000, meta.training().trainImages());
        assertEquals(189_386, loaded.network().parameterCount());
        assertEquals(Augmentation.standard(), meta.training().augmentation());
        assertEquals(DigitNormalizer.VERSION, meta.preprocessing());
        Checkpoint.Loaded tutorial = loader.load(Models.bundled("tutorial.zip"), false);
        assertEquals(93_322, tutorial.network().parameterCount());
        assertEquals(Augmentation.standard(), tutorial.checkpoint().metadata().orElseThrow().training().augmentation());
    }

    @Test
    void saveThenLoadGivesTheSameWeightsAndUpdater() throws Exception {
        Network net = Architectures.standard().build("tutorial", 9, 1e-3);
        net.dl4jNetwork().fit(Tensors.features(TestData.test().limit(64)), Tensors.oneHotLabels(TestData.test().limit(64)));
        Path zip = tmp.resolve("m.zip");
        new CheckpointFiles().write(net, metadata(1, 0.5), zip);
        Checkpoint.Loaded back = loader.load(zip, true);
        assertArrayEquals(net.dl4jNetwork().params().toFloatVector(), back.network().dl4jNetwork().params().toFloatVector());
        assertArrayEquals(net.dl4jNetwork().getUpdater().getStateViewArray().toFloatVector(),
                back.network().dl4jNetwork().getUpdater().getStateViewArray().toFloatVector());
        assertEquals(1, back.checkpoint().metadata().orElseThrow().epoch());
    }

    @Test
    void truncatedModelIsRefused() throws IOException {
        Path cut = TestData.truncatedCopy(Models.bundled(), tmp, Files.size(Models.bundled()) / 2);
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(cut, false));
        assertTrue(e.getMessage().contains("bncnn.zip: not a model file: not a readable zip"), e.getMessage());
    }

    @Test
    void zipThatIsNotADl4jModelIsRefused() throws IOException {
        Path zip = tmp.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("holiday.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("not a DL4J model"), e.getMessage());
    }

    @Test
    void textFileNamedZipIsRefused() throws IOException {
        Path zip = Files.writeString(tmp.resolve("notes.zip"), "not a zip at all");
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("not a readable zip"), e.getMessage());
    }

    @Test
    void zipWithGarbageConfigurationIsRefused() throws IOException {
        Path zip = tmp.resolve("fake-model.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("configuration.json"));
            out.write("{\"hello\": 1}".getBytes());
            out.putNextEntry(new ZipEntry("coefficients.bin"));
            out.write(new byte[] {0, 0, 0});
        }
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("DL4J could not restore"), e.getMessage());
    }

    @Test
    void networkForAnotherInputIsRefused() throws IOException {
        MultiLayerNetwork dense = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new DenseLayer.Builder().nIn(100).nOut(10).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(10).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .build());
        dense.init();
        Path zip = tmp.resolve("dense.zip");
        ModelSerializer.writeModel(dense, zip.toFile(), false);
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("does not take a 28x28x1 image"), e.getMessage());
    }

    @Test
    void networkWithAnotherNumberOfClassesIsRefused() throws IOException {
        MultiLayerNetwork five = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new DenseLayer.Builder().nIn(784).nOut(10).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(10).nOut(5)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutional(28, 28, 1))
                .build());
        five.init();
        Path zip = tmp.resolve("five.zip");
        ModelSerializer.writeModel(five, zip.toFile(), false);
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("answers shape [1, 5] instead of 10 class probabilities"), e.getMessage());
    }

    @Test
    void corruptSidecarIsReportedNotIgnored() throws IOException {
        Path zip = tmp.resolve("tutorial.zip");
        Files.copy(Models.bundled(), zip);
        Files.writeString(CheckpointFiles.sidecarOf(zip), "{ not json");
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().contains("metadata is not valid DigitPad JSON (line 1"), e.getMessage());
        assertTrue(e.getMessage().startsWith(CheckpointFiles.sidecarOf(zip).toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("Source:"), "no parser internals: " + e.getMessage());

        Files.writeString(CheckpointFiles.sidecarOf(zip), "{\"architecture\": \"bncnn\", \"epoch\": \"many\"}");
        CheckpointException field = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(field.getMessage().contains("field 'epoch': "), field.getMessage());
        assertTrue(!field.getMessage().contains("Source:"), "no parser internals: " + field.getMessage());
    }

    @Test
    void missingFileIsRefusedWithItsWholePath() {
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(tmp.resolve("nope.zip"), false));
        assertEquals(tmp.resolve("nope.zip") + ": no such file", e.getMessage());
    }

    @Test
    void aFolderOrALinkLoopIsCalledWhatItIs() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("models.zip"));
        CheckpointException dir = assertThrows(CheckpointException.class, () -> loader.load(folder, false));
        assertEquals(folder + ": is a directory, not a file", dir.getMessage());
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CheckpointException loop = assertThrows(CheckpointException.class, () -> loader.load(a, false));
        assertEquals(a + ": is a link that leads nowhere (broken, or a loop of links)", loop.getMessage());
    }

    @Test
    void aModelWithANonFiniteWeightIsRefusedByName() throws Exception {
        Network net = Architectures.standard().build("tutorial", 9, 1e-3);
        net.dl4jNetwork().params().putScalar(5, Float.NaN);
        Path zip = tmp.resolve("diverged.zip");
        new CheckpointFiles().write(net, metadata(1, 0.5), zip);
        CheckpointException e = assertThrows(CheckpointException.class, () -> loader.load(zip, false));
        assertTrue(e.getMessage().startsWith(zip + ": the network's weights are not all finite numbers (parameter 5 "),
                e.getMessage());
        net.dl4jNetwork().params().putScalar(5, Float.POSITIVE_INFINITY);
        new CheckpointFiles().write(net, metadata(1, 0.5), zip);
        assertThrows(CheckpointException.class, () -> loader.load(zip, false));
    }

    static CheckpointMetadata metadata(int epoch, double testAccuracy) {
        return new CheckpointMetadata("tutorial", epoch, "v", "2026-01-01T00:00:00Z", "test",
                new CheckpointMetadata.Training(100, 64, 1e-3, 1, "MNIST", null, null),
                new CheckpointMetadata.Metrics(0.1, 0.9, 0.1, testAccuracy, 100), null, null);
    }
}
