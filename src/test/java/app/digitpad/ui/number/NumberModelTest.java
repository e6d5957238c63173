package app.digitpad.ui.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.inference.Predictor;
import app.digitpad.segment.Box;
import app.digitpad.testing.HandDigits;
import app.digitpad.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Number mode's view-model as plain JUnit: both executors run in line, so each command's result is there at once. */
class NumberModelTest {

    @Test
    void readsStrokesFollowsTheMouseUndoesAndClears() throws Exception {
        NumberModel model = new NumberModel(Runnable::run, Runnable::run);
        model.predictorProperty().set(new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn"));
        for (List<double[]> stroke : HandDigits.layout("31", 60, 50, 180, 110, 180)) {
            model.beginStroke(stroke.get(0)[0], stroke.get(0)[1]);
            stroke.forEach(p -> model.extendStroke(p[0], p[1]));
            model.endStroke();
        }
        assertTrue(model.upToDateProperty().get());
        assertEquals("31", model.readingProperty().get().number());
        assertEquals(model.readingProperty().get().weakest(), model.shownProperty().get(), "no mouse: the least sure");

        Box first = model.readingProperty().get().digits().get(0).box();
        model.hover((first.x0() + first.x1()) / 2.0, (first.y0() + first.y1()) / 2.0);
        assertEquals(0, model.shownProperty().get());
        model.hover(NumberModel.WIDTH - 1, 1);
        assertEquals(model.readingProperty().get().weakest(), model.shownProperty().get());

        model.undo();
        assertEquals("3", model.readingProperty().get().number());
        model.clear();
        assertNull(model.readingProperty().get());
        assertEquals(-1, model.shownProperty().get());
    }
}
