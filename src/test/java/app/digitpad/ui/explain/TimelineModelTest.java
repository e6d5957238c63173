package app.digitpad.ui.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Network;
import app.digitpad.testing.TestData;
import app.digitpad.testing.TutorialRun;
import app.digitpad.ui.shared.ActiveModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's view-model as plain JUnit (work runs in place): the run's epochs, the model's own first, the slider's answer. */
class TimelineModelTest {

    @TempDir
    Path tmp;

    @Test
    void startsAtTheModelsOwnEpochAndAnswersForTheEpochTheSliderIsOn() throws Exception {
        TutorialRun run = TutorialRun.write(tmp, 3);
        Network untrained = run.untrained();
        Network trained = run.trained();
        Path second = run.checkpoints().get(1);
        TimelineModel model = new TimelineModel(Runnable::run, Runnable::run, new CheckpointLoader());
        float[] input = TestData.preprocessedTest().image(0);
        model.inputProperty().set(input);
        model.modelProperty().set(new ActiveModel(new Predictor(trained, "epoch 2"), CheckpointStore.describe(second)));
        assertNull(model.pointProperty().get(), "nothing is loaded while the tab is hidden");

        model.openProperty().set(true);

        assertEquals(List.of(1, 2, 3), model.epochsProperty().get());
        assertEquals(1, model.positionProperty().get(), "starts on the model in use");
        assertEquals(2, model.pointProperty().get().epoch());
        assertTrue(model.statusProperty().get().contains("3 checkpoints of its run"), model.statusProperty().get());
        model.positionProperty().set(0);
        assertEquals(1, model.pointProperty().get().epoch());
        assertArrayEquals(new Predictor(untrained, "untrained").predict(input).probabilities(),
                model.pointProperty().get().prediction().probabilities(), 1e-6f, "epoch 1's own answer");
    }
}
