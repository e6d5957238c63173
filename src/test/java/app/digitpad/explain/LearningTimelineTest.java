package app.digitpad.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Network;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.testing.TutorialRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning timeline over a real run folder: its epochs in order, each answer that epoch's own, loaded lazily. */
class LearningTimelineTest {

    @TempDir
    Path tmp;

    @Test
    void showsEachEpochsOwnAnswerLoadingAFewCheckpointsAtATime() throws Exception {
        TutorialRun run = TutorialRun.write(tmp, 4);
        Network untrained = run.untrained();
        Network trained = run.trained();
        Path last = run.checkpoints().get(3);
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
}
