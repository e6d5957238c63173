package app.digitpad.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pad's strokes become ink where they were drawn, as wide as the pen, over any loaded image. */
class PadRasterTest {

    private static Stroke line(double width, double x0, double y0, double x1, double y1) {
        return new Stroke(width, List.of(new Stroke.Point(x0, y0), new Stroke.Point(x1, y1)));
    }

    private static float at(GrayImage g, int x, int y) {
        return g.ink()[y * g.width() + x];
    }

    @Test
    void aHorizontalStrokeIsInkAlongItsLineAndAsThickAsThePen() {
        GrayImage ink = PadRaster.ink(null, List.of(line(20, 40, 140, 240, 140)));
        assertEquals(PadRaster.SIZE, ink.width());
        assertEquals(PadRaster.SIZE, ink.height());
        assertEquals(1f, at(ink, 140, 140), 1e-6);
        assertEquals(1f, at(ink, 140, 131), 1e-6, "inside the 20 px pen");
        assertEquals(0f, at(ink, 140, 152), 1e-6, "beyond its half-width");
        assertEquals(1f, at(ink, 35, 140), 1e-6, "round caps reach past the end point");
        assertEquals(0f, at(ink, 10, 10), 1e-6);
        int column = 0;
        for (int y = 0; y < PadRaster.SIZE; y++) {
            column += at(ink, 140, y) > 0.5f ? 1 : 0;
        }
        assertEquals(20, column, 1, "ink across the stroke: the pen's width");
    }

    @Test
    void aSinglePointIsADotOfThePensWidth() {
        GrayImage ink = PadRaster.ink(null, List.of(new Stroke(10, List.of(new Stroke.Point(100, 100)))));
        assertEquals(1f, at(ink, 100, 100), 1e-6);
        assertEquals(0f, at(ink, 100, 108), 1e-6);
    }

    @Test
    void strokesAreDrawnOverALoadedImage() {
        float[] grey = new float[PadRaster.SIZE * PadRaster.SIZE];
        grey[5 * PadRaster.SIZE + 5] = 0.6f;
        GrayImage ink = PadRaster.ink(new GrayImage(PadRaster.SIZE, PadRaster.SIZE, grey),
                List.of(line(10, 100, 100, 200, 100)));
        assertEquals(0.6f, at(ink, 5, 5), 1f / 255);
        assertEquals(1f, at(ink, 150, 100), 1e-6);
    }

    @Test
    void theNumberPadIsWiderAndKeepsItsSize() {
        GrayImage ink = PadRaster.ink(840, 280, null, List.of(line(20, 700, 140, 800, 140)));
        assertEquals(840, ink.width());
        assertEquals(1f, at(ink, 750, 140), 1e-6);
    }

    @Test
    void aDrawingKeepsItsStrokesWhateverHappensToTheListItCameFrom() {
        List<Stroke> strokes = new ArrayList<>(List.of(line(20, 40, 140, 240, 140)));
        Drawing drawing = new Drawing(strokes);
        strokes.clear();
        assertEquals(1, drawing.strokes().size());
        assertTrue(!drawing.isEmpty() && at(drawing.ink(), 140, 140) == 1f);
        assertTrue(new Drawing(List.of()).isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> drawing.strokes().add(line(1, 0, 0, 1, 1)));
    }
}
