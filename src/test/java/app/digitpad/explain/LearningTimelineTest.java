package app.digitpad.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Architectures;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning timeline over a real run folder: its epochs in order, each answer that epoch's own, loaded lazily. */
class LearningTimelineTest {

    @TempDir
    Path tmp;

    @Test
    void showsEachEpochsOwnAnswerLoadingAFewCheckpointsAtATime() throws Exception {
        MultiLayerNetwork untrained = Architectures.standard().build("tutorial", 1, 1e-3);
        MultiLayerNetwork trained = new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network();
        CheckpointStore run = new CheckpointStore(tmp, 10);
        run.save(untrained, metadata("tutorial", 1));
        for (int epoch = 2; epoch <= 4; epoch++) {
            run.save(trained, metadata("tutorial", epoch));
        }
        Path last = tmp.resolve("tutorial-epoch-004.zip");
        Files.copy(Models.bundled("bncnn.zip"), tmp.resolve("bncnn-epoch-009.zip"));
        Files.copy(Models.bundled("bncnn.json"), tmp.resolve("bncnn-epoch-009.json"));

        LearningTimeline timeline = LearningTimeline.of(CheckpointStore.describe(last), new CheckpointLoader());

        assertEquals(List.of(1, 2, 3, 4), timeline.epochs(), "its own architecture's epochs, oldest first");
        float[] input = TestData.preprocessedTest().image(0);
        Prediction learned = new Predictor(trained, "tutorial").predict(input);
        Prediction early = new Predictor(untrained, "untrained").predict(input);
        assertArrayEquals(early.probabilities(), timeline.at(0, input).prediction().probabilities(), 1e-6f);
        LearningTimeline.Point end = timeline.at(3, input);
        assertEquals(4, end.epoch());
        assertEquals(last, end.checkpoint());
        assertArrayEquals(learned.probabilities(), end.prediction().probabilities(), 1e-6f);
        assertTrue(end.prediction().confidence() > early.confidence() + 0.3, "the trained epoch is surer");
        timeline.at(1, input);
        timeline.at(2, input);
        assertEquals(LearningTimeline.KEEP_LOADED, timeline.loadedCount(), "only a few checkpoints stay in memory");
    }

    @Test
    void aModelWithoutASidecarIsATimelineOfItselfAlone() throws Exception {
        Path zip = Files.copy(Models.bundled("tutorial.zip"), tmp.resolve("someone-elses.zip"));
        LearningTimeline timeline = LearningTimeline.of(CheckpointStore.describe(zip), new CheckpointLoader());
        assertEquals(List.of(-1), timeline.epochs());
    }

    private static CheckpointMetadata metadata(String architecture, int epoch) {
        return new CheckpointMetadata(architecture, epoch, 0.1, 0.9, 0.1, 0.9, 100, 100, 64, 1e-3, 1,
                "MNIST", "v", "2026-01-01T00:00:00Z", "test", null, null, null, null, null, null);
    }
}
