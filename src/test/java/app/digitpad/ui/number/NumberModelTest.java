package app.digitpad.ui.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
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

    @Test
    void aLoadedImageIsReadAtItsOwnSizeAndShownFittedUntilAStrokeUndoOrClearTakesItAway() throws Exception {
        NumberModel model = new NumberModel(Runnable::run, Runnable::run);
        model.predictorProperty().set(new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn"));
        List<Stroke> written = HandDigits.strokes("31", 30, 110, 180, 110, 180, Stroke.DEFAULT_WIDTH);
        GrayImage photo = PadRaster.ink(420, 420, null, written).resized(1260, 1260);
        model.loadImage(photo);
        assertTrue(model.upToDateProperty().get());
        assertEquals("31", model.readingProperty().get().number(), "read as predict --number reads the file");
        assertEquals(1260, model.picture().getWidth(), "Save writes the image as read, not the pad's shrunk view");
        assertEquals(1260, model.picture().getHeight());
        for (var d : model.readingProperty().get().digits()) {
            assertTrue(d.box().x0() >= 280 && d.box().x1() < 560, "a 1260x1260 image fills the middle third: " + d.box());
        }
        model.undo();
        assertNull(model.readingProperty().get(), "Undo takes the image away");
        assertNull(model.loadedImage());

        model.loadImage(photo);
        assertEquals("31", model.readingProperty().get().number());
        model.beginStroke(400, 40);
        model.extendStroke(400, 240);
        model.endStroke();
        assertNull(model.loadedImage(), "a stroke starts a written number again");
        assertEquals("1", model.readingProperty().get().number());
        assertEquals(NumberModel.WIDTH, model.picture().getWidth(), "strokes are saved at the pad's size");
        model.loadImage(photo);
        model.clear();
        assertNull(model.loadedImage());
        assertNull(model.readingProperty().get());
    }
}
