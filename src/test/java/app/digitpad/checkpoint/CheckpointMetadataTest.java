package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.Augmentation;
import app.digitpad.testing.Models;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecars in parts, and the flat ones written before the parts (the bundled models' among them) still read. */
class CheckpointMetadataTest {

    @TempDir
    Path tmp;

    private final CheckpointFiles files = new CheckpointFiles();

    @Test
    void aFlatSidecarOfAnEarlierVersionIsReadIntoItsParts() throws Exception {
        Path zip = tmp.resolve("bncnn.zip");
        try (var flat = getClass().getResourceAsStream("bncnn-flat-2026-11-28.json")) {
            Files.copy(flat, CheckpointFiles.sidecarOf(zip));
        }
        assertTrue(Files.readString(CheckpointFiles.sidecarOf(zip)).contains("\"trainImages\" : 60000"),
                "the bundled sidecar as it was written before the nested form");
        CheckpointMetadata m = files.readSidecar(zip).orElseThrow();
        assertEquals("bncnn", m.architecture());
        assertEquals(24, m.epoch());
        assertEquals(new CheckpointMetadata.Training(60_000, 128, 0.0015, 1, "MNIST", Augmentation.standard(),
                1330.317742279), m.training());
        assertEquals(0.9959, m.metrics().testAccuracy());
        assertEquals(10_000, m.metrics().testImages());
        assertEquals(CheckpointMetadata.Lineage.NONE, m.lineage());
        assertEquals(7, m.benchmarks().drawnAccuracy().size());
        assertEquals(0.9964, m.benchmarks().drawnAccuracy().get("centered"));
        assertEquals(0.9407894736842105, m.benchmarks().rejection().negativeRate());
        assertEquals(0.625, m.benchmarks().rejection().negativesRejected().get("DASH"));
        assertEquals(0.008, m.benchmarks().rejection().drawnRejected().get("THICK"));
    }

    @Test
    void aSidecarIsWrittenInPartsAndReadBackWhole() throws Exception {
        CheckpointMetadata original = files.readSidecar(Models.bundled()).orElseThrow();
        Path zip = tmp.resolve("copy.zip");
        CheckpointMetadata child = new CheckpointMetadata(original.architecture(), 25, original.preprocessing(),
                original.createdAt(), "test", original.training(), original.metrics(),
                new CheckpointMetadata.Lineage("bncnn.zip", 40), original.benchmarks());
        files.writeSidecar(zip, child);
        JsonNode written = new ObjectMapper().readTree(CheckpointFiles.sidecarOf(zip).toFile());
        assertTrue(written.has("training") && written.has("metrics") && written.has("lineage")
                && written.has("benchmarks"));
        assertFalse(written.has("trainImages"), "no flat fields beside the parts");
        assertEquals(child, files.readSidecar(zip).orElseThrow());
    }

    @Test
    void recordingABenchmarkKeepsTheOtherAndEverythingElse() {
        CheckpointMetadata m = new CheckpointMetadata("tutorial", 3, "v", "2026-01-01T00:00:00Z", "test",
                new CheckpointMetadata.Training(100, 64, 1e-3, 1, "MNIST", null, null),
                new CheckpointMetadata.Metrics(0.1, 0.9, 0.2, 0.8, 100), null, null);
        assertNull(m.benchmarks().drawnAccuracy());
        CheckpointMetadata.Rejection rejection = new CheckpointMetadata.Rejection(Map.of("DOT", 1.0), 1.0, 0.001,
                0.99, Map.of("CENTERED", 0.0));
        CheckpointMetadata both = m.withDrawnAccuracy(Map.of("centered", 0.99)).withRejection(rejection)
                .withTest(0.05, 0.97, 10_000);
        assertEquals(Map.of("centered", 0.99), both.benchmarks().drawnAccuracy());
        assertEquals(rejection, both.benchmarks().rejection());
        assertEquals(new CheckpointMetadata.Metrics(0.1, 0.9, 0.05, 0.97, 10_000), both.metrics());
        assertEquals(m.training(), both.training());
        assertEquals(3, both.epoch());
    }

    @Test
    void aSidecarWithoutItsPartsOrWithABadFieldInOneIsRefusedNamingIt() throws Exception {
        Path zip = tmp.resolve("m.zip");
        Files.writeString(CheckpointFiles.sidecarOf(zip), "{\"architecture\": \"bncnn\", \"epoch\": 3}");
        CheckpointException missing = assertThrows(CheckpointException.class, () -> files.readSidecar(zip));
        assertEquals(CheckpointFiles.sidecarOf(zip) + ": metadata is not valid DigitPad JSON (no 'training' part)",
                missing.getMessage());
        Files.writeString(CheckpointFiles.sidecarOf(zip), "{\"architecture\": \"bncnn\", \"epoch\": 3, "
                + "\"training\": {\"batchSize\": \"big\"}, \"metrics\": {}}");
        CheckpointException field = assertThrows(CheckpointException.class, () -> files.readSidecar(zip));
        assertTrue(field.getMessage().contains("field 'training.batchSize': "), field.getMessage());
    }
}
