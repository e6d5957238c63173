package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes settled by shape before any network is asked: a straight stroke at any angle and length is a line
 * unless it stands upright enough to be a 1, and an image a few pixels thin holds nothing readable. With the
 * bundled model and gate, as the pad and {@code predict} use them.
 */
class SimpleShapesTest {

    private static final Predictor PREDICTOR = new Predictor(load(), "bundled");
    private static final Optional<DigitGate> GATE = DigitGate.load(ModelLibrary.locate().gate());

    private static app.digitpad.model.Network load() {
        try {
            return new CheckpointLoader().load(Models.bundled(), false).network();
        } catch (CheckpointException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Verdict read(GrayImage ink) {
        return Verdict.read(PREDICTOR, GATE, ink).orElseThrow();
    }

    /** A straight stroke through the pad's centre, {@code degrees} from vertical, {@code length} px long. */
    private static GrayImage line(double degrees, double length, double width) {
        double a = Math.toRadians(degrees);
        double c = PadRaster.SIZE / 2.0;
        List<Stroke.Point> points = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double t = i / 20.0 - 0.5;
            points.add(new Stroke.Point(c + t * length * Math.sin(a), c - t * length * Math.cos(a)));
        }
        return PadRaster.ink(null, List.of(new Stroke(width, points)));
    }

    @Test
    void aStraightStrokeIsALineAtEveryAngleAndLengthUnlessItStandsUprightAsAOne() {
        for (int degrees = 0; degrees < 180; degrees += 15) {
            double fromVertical = Math.min(degrees, 180 - degrees);
            for (double length : new double[] {60, 110, 170, 240}) {
                Verdict v = read(line(degrees, length, Stroke.DEFAULT_WIDTH));
                String what = degrees + " degrees, " + length + " px: " + v;
                if (fromVertical > Verdict.ONE_TILT) {
                    assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), what);
                    assertEquals(Optional.of(Verdict.A_LINE), v.reason(), what);
                } else if (fromVertical <= 25) {
                    assertEquals(Optional.of(1), v.digit(), "an upright stroke stays a 1: " + what);
                } else {
                    assertNotEquals(Optional.of(Verdict.A_LINE), v.reason(), "MNIST's 1s lean this far: " + what);
                }
            }
        }
    }

    @Test
    void aDashIsNeverATwoAtAnyBrushWidth() {
        for (double width : new double[] {Stroke.MIN_WIDTH, Stroke.DEFAULT_WIDTH, Stroke.MAX_WIDTH}) {
            for (double length : new double[] {80, 200}) {
                Verdict v = read(line(90, length, width));
                assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), width + " px brush, " + length + " px: " + v);
            }
        }
    }

    @Test
    void aOnePixelLineInAWideImageIsALine() {
        int w = 300;
        int h = 100;
        float[] ink = new float[w * h];
        for (int x = 20; x < 280; x++) {
            ink[50 * w + x] = 1f;
        }
        Verdict v = read(new GrayImage(w, h, ink));
        assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), v.toString());
    }

    @Test
    void imagesAFewPixelsThinHoldNothingReadable() {
        for (int[] size : new int[][] {{500, 1}, {1, 300}, {200, 4}, {3, 3}}) {
            float[] ink = new float[size[0] * size[1]];
            for (int i = 0; i < ink.length; i += 2) {
                ink[i] = 1f;
            }
            Verdict v = read(new GrayImage(size[0], size[1], ink));
            String what = size[0] + "x" + size[1] + ": " + v;
            assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), what);
            assertEquals(Optional.of(Verdict.TOO_THIN), v.reason(), what);
        }
    }

    /**
     * Grey noise as a file gives it (random grey levels through the same ink extraction): at every size it is
     * specks, not a digit. Once larger than a few hundred pixels it used to be scaled into a blob the gate
     * let through (1000x1000 read 1 at 82%, 800x300 7, 2000x300 2).
     */
    @Test
    void noiseOfAnySizeIsSpecksNotADigit() {
        java.util.Random random = new java.util.Random(5);
        for (int[] size : new int[][] {{300, 100}, {800, 300}, {1000, 1000}, {100, 1500}}) {
            Verdict v = read(app.digitpad.testing.GreyNoise.image(random, size[0], size[1]));
            String what = size[0] + "x" + size[1] + ": " + v;
            assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), what);
            assertEquals(Optional.of(Verdict.SPECKLED), v.reason(), what);
        }
    }

    /**
     * Spirals are the gate's to settle, not the shape rules': from three turns on it says "not a digit" at
     * every brush width, and two turns are never a sure digit. One turn is left alone: drawn from the
     * centre out, it is how many people write a 0 or a 6.
     */
    @Test
    void spiralsOfTwoToFourTurnsAtThreeBrushWidthsAreNeverSureDigits() {
        for (double turns = 2; turns <= 4; turns += 1) {
            for (double width : new double[] {Stroke.MIN_WIDTH, Stroke.DEFAULT_WIDTH, Stroke.MAX_WIDTH}) {
                Verdict v = read(spiral(turns, width));
                String what = turns + " turns, " + width + " px: " + v;
                if (turns >= 3) {
                    assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), what);
                } else {
                    assertNotEquals(Verdict.Kind.DIGIT, v.kind(), what);
                }
            }
        }
    }

    /** A spiral from the pad's centre out to 110 px, as a hand draws it in one stroke. */
    static GrayImage spiral(double turns, double width) {
        List<Stroke.Point> points = new ArrayList<>();
        int n = (int) (turns * 40);
        double c = PadRaster.SIZE / 2.0;
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = t * turns * 2 * Math.PI;
            points.add(new Stroke.Point(c + 110 * t * Math.cos(a), c + 110 * t * Math.sin(a)));
        }
        return PadRaster.ink(null, List.of(new Stroke(width, points)));
    }

    /** A ! and a ? at every brush width: their dot, wholly under the stroke, makes them symbols. */
    @Test
    void anExclamationOrQuestionMarkIsNotADigitByItsDotAtThreeBrushWidths() {
        for (double width : new double[] {Stroke.MIN_WIDTH, Stroke.DEFAULT_WIDTH, Stroke.MAX_WIDTH}) {
            Stroke dot = new Stroke(width, List.of(new Stroke.Point(140, 240)));
            Stroke stem = new Stroke(width, List.of(new Stroke.Point(140, 40), new Stroke.Point(140, 190)));
            List<Stroke.Point> hook = new ArrayList<>();
            for (int i = 0; i <= 30; i++) {
                double a = Math.toRadians(200 - 250.0 * i / 30);
                hook.add(new Stroke.Point(140 + 50 * Math.cos(a), 90 - 50 * Math.sin(a)));
            }
            hook.add(new Stroke.Point(140, 190));
            for (List<Stroke> mark : List.of(List.of(stem, dot), List.of(new Stroke(width, hook), dot))) {
                Verdict v = read(PadRaster.ink(null, mark));
                String what = (mark.get(0) == stem ? "!" : "?") + ", " + width + " px: " + v;
                assertEquals(Verdict.Kind.NOT_A_DIGIT, v.kind(), what);
                assertEquals(Optional.of(Verdict.DOT_APART), v.reason(), what);
            }
        }
    }

    /** One digit cut out of touching ones may keep a bit of its neighbour apart: that is no dot of a pen. */
    @Test
    void aDotApartOnInkCutOutOfTouchingDigitsIsNotTheRule() {
        Stroke stem = new Stroke(Stroke.DEFAULT_WIDTH, List.of(new Stroke.Point(140, 40), new Stroke.Point(140, 190)));
        Stroke dot = new Stroke(Stroke.DEFAULT_WIDTH, List.of(new Stroke.Point(140, 240)));
        GrayImage ink = PadRaster.ink(null, List.of(stem, dot));
        assertEquals(Optional.of(Verdict.DOT_APART), read(ink).reason());
        Verdict cut = Verdict.reading(PREDICTOR, GATE, ink, true).orElseThrow().verdict();
        assertNotEquals(Optional.of(Verdict.DOT_APART), cut.reason(), cut.toString());
    }

    /** A point written beside a digit's foot (7.) is not a dot apart: the digit is still read. */
    @Test
    void aPointBesideADigitsFootLeavesTheDigit() {
        Stroke seven = new Stroke(Stroke.DEFAULT_WIDTH, List.of(new Stroke.Point(70, 50), new Stroke.Point(200, 50),
                new Stroke.Point(120, 240)));
        Stroke point = new Stroke(Stroke.DEFAULT_WIDTH, List.of(new Stroke.Point(200, 235)));
        Verdict v = read(PadRaster.ink(null, List.of(seven, point)));
        assertNotEquals(Optional.of(Verdict.DOT_APART), v.reason(), v.toString());
    }
}
