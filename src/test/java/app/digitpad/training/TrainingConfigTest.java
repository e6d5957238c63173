package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.Augmentation;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void defaultsAreTheTutorials() {
        TrainingConfig c = TrainingConfig.defaults();
        assertEquals("tutorial", c.architecture());
        assertEquals(5, c.epochs());
        assertEquals(1e-3, c.learningRate());
    }

    @Test
    void negativeLearningRateIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig("tutorial", 1, 64, -1, 1, null, null, 1, 3, Augmentation.NONE));
        assertTrue(e.getMessage().startsWith("learning rate must be"), e.getMessage());
    }

    @Test
    void nanLearningRateIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig("tutorial", 1, 64, Double.NaN, 1, null, null, 1, 3, Augmentation.NONE));
    }

    @Test
    void zeroEpochsZeroBatchAndEmptySubsetAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig("tutorial", 0, 64, 1e-3, 1, null, null, 1, 3, Augmentation.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig("tutorial", 1, 0, 1e-3, 1, null, null, 1, 3, Augmentation.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TrainingConfig("tutorial", 1, 64, 1e-3, 1, 0, null, 1, 3, Augmentation.NONE));
    }
}
