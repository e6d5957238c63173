package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.drawing.Drawing;
import app.digitpad.preprocess.InkShape;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The random stroke programs the gate learns "no kind at all" from: the same for a seed, varied, and never one
 * straight stroke (the shape rules' business; one standing upright is a 1).
 */
class StrokeProgramsTest {

    @Test
    void theSameSeedDrawsTheSameProgramsAndAnotherSeedOthers() {
        List<Drawing> once = StrokePrograms.generate(5, 60);
        assertEquals(60, once.size());
        assertEquals(once, StrokePrograms.generate(5, 60));
        assertNotEquals(once, StrokePrograms.generate(6, 60));
    }

    @Test
    void programsVaryInStrokesAndNoneIsOneStraightStroke() {
        Set<Integer> strokeCounts = new TreeSet<>();
        int lines = 0;
        for (Drawing d : StrokePrograms.generate(11, 1_000)) {
            strokeCounts.add(d.strokes().size());
            InkShape shape = InkShape.of(d.ink()).orElseThrow();
            lines += shape.acrossPerPen() <= Verdict.STRAIGHT_ACROSS_PER_PEN ? 1 : 0;
        }
        assertTrue(strokeCounts.containsAll(Set.of(1, 2, 3, 4)), "stroke counts " + strokeCounts);
        assertEquals(0, lines, "programs that are one straight stroke");
    }
}
