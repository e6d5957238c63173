package app.digitpad.verdict;

import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The negative set: pad drawings that are not digits, made from strokes with a fixed seed, so the
 * rejection benchmark measures the same drawings everywhere without keeping images in the repo. No
 * font-rendered letters: the letters are pen strokes like everything else, so a rule cannot pass by
 * remembering a typeface. Shapes a person could mean as a digit (a circle, a single long line) are left
 * out. Any thread may call it.
 */
public final class NotDigits {

    /** Where a kind comes from, for tables that group them. */
    public enum Family { MARK, SHAPE, LETTER, SYMBOL }

    /**
     * What a non-digit drawing looks like; each kind gets the same number of drawings. The first nineteen are
     * the first generator's ({@link Shapes}); the rest come from stroke plans ({@link Glyphs}, {@link Doodles})
     * and were added after them, so the first nineteen's drawings stay what they were for every seed.
     */
    public enum Kind {
        DOT(Family.MARK), DASH(Family.MARK), SCRIBBLE(Family.MARK), HATCHING(Family.MARK),
        CROSS_HATCHING(Family.MARK), FILLED(Family.MARK), STAR(Family.SHAPE), HEART(Family.SHAPE),
        SPIRAL(Family.MARK), ZIGZAG(Family.MARK), ARROW(Family.SYMBOL), SQUARE(Family.SHAPE),
        LETTER_A(Family.LETTER), LETTER_E(Family.LETTER), LETTER_H(Family.LETTER), LETTER_K(Family.LETTER),
        LETTER_M(Family.LETTER), LETTER_W(Family.LETTER), LETTER_X(Family.LETTER),
        TRIANGLE(Family.SHAPE), SMILEY(Family.SHAPE), STICK_FIGURE(Family.SHAPE), HOUSE(Family.SHAPE),
        SUN(Family.SHAPE), CHECKMARK(Family.MARK), WAVE(Family.MARK), ARC(Family.MARK), LOOPS(Family.MARK),
        BEZIER(Family.MARK),
        PLUS(Family.SYMBOL), EQUALS(Family.SYMBOL), HASH(Family.SYMBOL), ASTERISK(Family.SYMBOL),
        QUESTION(Family.SYMBOL), EXCLAMATION(Family.SYMBOL), PERCENT(Family.SYMBOL), AT(Family.SYMBOL),
        CHEVRON(Family.SYMBOL),
        LETTER_C(Family.LETTER), LETTER_D(Family.LETTER), LETTER_F(Family.LETTER), LETTER_N(Family.LETTER),
        LETTER_R(Family.LETTER), LETTER_T(Family.LETTER), LETTER_U(Family.LETTER), LETTER_V(Family.LETTER),
        LETTER_Y(Family.LETTER), SMALL_E(Family.LETTER), SMALL_H(Family.LETTER), SMALL_M(Family.LETTER),
        SMALL_N(Family.LETTER), SMALL_R(Family.LETTER);

        /** How many kinds the first generator had (the benchmark's figure before 2026-12-02 is over these). */
        public static final int FIRST = 19;

        private final Family family;

        Kind(Family family) {
            this.family = family;
        }

        public Family family() {
            return family;
        }
    }

    /** The seed of the committed benchmark set. */
    public static final long SEED = 20261128L;
    /** Drawings per kind in the benchmark set: 52 kinds, 416 drawings. */
    public static final int PER_KIND = 8;

    /** One drawing of the set, with what it shows. */
    public record Sample(Kind kind, Drawing drawing) {
    }

    private NotDigits() {
    }

    /** The benchmark set. */
    public static List<Sample> benchmark() {
        return generate(SEED, PER_KIND);
    }

    /** {@code perKind} drawings of every kind, the same for the same seed. */
    public static List<Sample> generate(long seed, int perKind) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) {
                out.add(new Sample(kind, new Drawing(Shapes.draw(kind, new Pen(random)))));
            }
        }
        return out;
    }

    /**
     * Places unit-square shapes (-1..1) on the pad: a random size, position, tilt and pen width in the
     * pad's range, and mouse-like points (ten per straight run, with a little tremor).
     */
    static final class Pen {
        private final Random random;
        private final double width;
        private final double half;
        private final double cx;
        private final double cy;
        private final double cos;
        private final double sin;

        Pen(Random random) {
            this.random = random;
            this.width = Stroke.MIN_WIDTH + random.nextDouble() * (Stroke.MAX_WIDTH - Stroke.MIN_WIDTH);
            this.half = PadRaster.SIZE * (0.22 + random.nextDouble() * 0.18);
            double room = PadRaster.SIZE / 2.0 - half - width;
            this.cx = PadRaster.SIZE / 2.0 + (random.nextDouble() * 2 - 1) * Math.max(0, room);
            this.cy = PadRaster.SIZE / 2.0 + (random.nextDouble() * 2 - 1) * Math.max(0, room);
            double tilt = Math.toRadians((random.nextDouble() * 2 - 1) * 20);
            this.cos = Math.cos(tilt);
            this.sin = Math.sin(tilt);
        }

        Random random() {
            return random;
        }

        /** A stroke through the corners (unit-square x, y pairs), straight between them. */
        Stroke line(double... corners) {
            List<Stroke.Point> points = new ArrayList<>();
            for (int i = 0; i + 1 < corners.length; i += 2) {
                if (i == 0) {
                    points.add(place(corners[0], corners[1]));
                    continue;
                }
                for (int k = 1; k <= 10; k++) {
                    double t = k / 10.0;
                    points.add(place(corners[i - 2] + (corners[i] - corners[i - 2]) * t,
                            corners[i - 1] + (corners[i + 1] - corners[i - 1]) * t));
                }
            }
            return new Stroke(width, points);
        }

        /** A stroke through many unit-square points, taken as they are. */
        Stroke curve(List<double[]> unitPoints) {
            List<Stroke.Point> points = new ArrayList<>();
            for (double[] p : unitPoints) {
                points.add(place(p[0], p[1]));
            }
            return new Stroke(width, points);
        }

        private Stroke.Point place(double x, double y) {
            double tremor = width * 0.05;
            double px = (x * cos - y * sin) * half + random.nextGaussian() * tremor;
            double py = (x * sin + y * cos) * half + random.nextGaussian() * tremor;
            return new Stroke.Point(clamp(cx + px), clamp(cy + py));
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(PadRaster.SIZE, v));
        }
    }
}
