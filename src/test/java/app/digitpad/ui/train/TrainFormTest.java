package app.digitpad.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Architectures;
import app.digitpad.model.BatchNormCnn;
import app.digitpad.model.Recipe;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.training.TrainingConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The training form's validation, in plain JUnit. */
class TrainFormTest {

    private final TrainForm form = new TrainForm(Architectures.standard().all(), Path.of("/data"));

    @Test
    void defaultsAreTheTutorialsRunOnAllImages() {
        TrainingConfig c = form.config().orElseThrow();
        assertEquals(5, c.epochs());
        assertEquals(0.001, c.learningRate());
        assertNull(c.trainLimit());
        assertEquals(Augmentation.standard(), c.augmentation());
    }

    @Test
    void choosingAnArchitectureFillsInItsRecipeAndTheCheckboxDrivesAugmentation() {
        form.architectureProperty().set("bncnn");
        TrainingConfig c = form.config().orElseThrow();
        assertEquals(new Recipe(c.epochs(), c.batchSize(), c.learningRate(), true), new BatchNormCnn().recipe());
        assertEquals(Augmentation.standard(), c.augmentation());
        form.augmentProperty().set(false);
        assertEquals(Augmentation.NONE, form.config().orElseThrow().augmentation());
        form.architectureProperty().set("tutorial");
        assertEquals(5, form.config().orElseThrow().epochs());
        assertEquals(Augmentation.standard(), form.config().orElseThrow().augmentation(),
                "the recipe's augmentation comes back with the architecture");
    }

    @Test
    void eachBadValueIsRefusedWithItsReasonAndBlocksTheRun() {
        form.learningRate().textProperty().set("abc");
        assertEquals("Learning rate must be a number, like 0.001", form.learningRate().errorProperty().get());
        assertTrue(form.config().isEmpty());
        assertFalse(form.validBinding().get());
        form.learningRate().textProperty().set("0.01");
        form.epochs().textProperty().set("0");
        assertEquals("Epochs must be between 1 and 1000", form.epochs().errorProperty().get());
        form.epochs().textProperty().set("2.5");
        assertEquals("Epochs must be a whole number", form.epochs().errorProperty().get());
        form.epochs().textProperty().set("3");
        form.trainLimit().textProperty().set("70000");
        assertEquals("Training subset must be between 1 and 60000", form.trainLimit().errorProperty().get());
        form.trainLimit().textProperty().set(" 2000 ");
        TrainingConfig c = form.config().orElseThrow();
        assertEquals(3, c.epochs());
        assertEquals(2000, c.trainLimit());
        assertEquals(0.01, c.learningRate());
    }
}
