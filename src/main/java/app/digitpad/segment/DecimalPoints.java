package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Decimal points: a small, round piece of ink on the baseline between two digits is a point, read as '.',
 * instead of being dropped as stray ink (a small dot: 20.658 read 20658) or read as a digit (a big one: "not a
 * digit"). A piece that shares columns with a digit (the end of a broken stroke) stays that digit's. Sizes
 * are fractions of the digits' height, so the rule holds at any scale. Any thread; no state.
 */
final class DecimalPoints {

    /** A point is at most this tall and wide, as a fraction of the digits' height (a blot is larger). */
    static final double MAX_SIZE = 0.3;
    /**
     * And at least this, its shorter side at least {@link #MIN_WIDTH}: a dot is made with the pen, so it is
     * about a stroke wide or more (MNIST's strokes are 9-13% of a digit's height); a smaller speck is a stray
     * pixel. Measured 2026-12-02: at 0.06 with no width floor, 18 of 5,000 made numbers of MNIST test digits
     * got a "point" from a one- or two-pixel speck.
     */
    static final double MIN_SIZE = 0.1;
    static final double MIN_WIDTH = 0.08;
    /** Longest side over shortest at most this: a dot, not a dash or a comma's tail. */
    static final double ROUND = 2.0;
    /** Mean ink over its box at least this: a dot is filled, a faint edge of anti-aliasing is not. */
    static final double SOLID = 0.5;
    /** Its centre lies below this fraction of the digits' line, from the top: on the baseline. */
    static final double LOW = 0.75;
    /**
     * Empty columns on each side, to the digits, at least this many of its own widths (and at least one): a
     * point stands apart from the digits' columns. People write it close after a digit, so no more is asked.
     */
    static final double GAP = 0.0;
    /** It shares at most this fraction of its width with any digit's columns. */
    static final double APART = 0.5;

    /** The points found, and the other pieces (the very list given when there are none: read as before). */
    record Found(List<Piece> points, List<Piece> rest) {
    }

    private DecimalPoints() {
    }

    /**
     * The pieces that are decimal points among {@code pieces} of an image's ink; none when more dots than half
     * the digits qualify (speckled paper, not a number with points). Callers bound the pieces' count first.
     */
    static Found find(List<Piece> pieces, float[] ink) {
        if (pieces.size() < 3) {
            return new Found(List.of(), pieces);
        }
        int height = WritingScale.digitHeight(pieces, ink);
        List<Piece> candidates = new ArrayList<>();
        List<Piece> others = new ArrayList<>();
        for (Piece p : pieces) {
            (dotLike(p.box(), height) && solid(p, ink) ? candidates : others).add(p);
        }
        if (candidates.isEmpty()) {
            return new Found(List.of(), pieces);
        }
        List<Piece> digits = Grouping.of(others, ink);
        List<Piece> points = new ArrayList<>();
        List<Piece> rest = new ArrayList<>(others);
        for (Piece c : candidates) {
            (between(c.box(), digits) ? points : rest).add(c);
        }
        if (points.isEmpty() || points.size() > Math.max(1, digits.size() / 2)) {
            return new Found(List.of(), pieces);
        }
        return new Found(points, rest);
    }

    static boolean dotLike(Box b, int digitHeight) {
        int longest = Math.max(b.width(), b.height());
        int shortest = Math.min(b.width(), b.height());
        return longest <= MAX_SIZE * digitHeight && longest >= MIN_SIZE * digitHeight
                && shortest >= MIN_WIDTH * digitHeight && longest <= ROUND * shortest;
    }

    static boolean solid(Piece p, float[] ink) {
        return WritingScale.mass(p, ink) >= SOLID * p.box().width() * p.box().height();
    }

    /** On the baseline of the digits around it, with a digit on each side and none over it. */
    static boolean between(Box dot, List<Piece> digits) {
        double cx = (dot.x0() + dot.x1()) / 2.0;
        double cy = (dot.y0() + dot.y1()) / 2.0;
        Piece left = null;
        Piece right = null;
        for (Piece d : digits) {
            Box b = d.box();
            if (b.xOverlap(dot) > APART * dot.width()) {
                return false;
            }
            double dx = (b.x0() + b.x1()) / 2.0;
            if (dx < cx && (left == null || dx > centre(left))) {
                left = d;
            }
            if (dx > cx && (right == null || dx < centre(right))) {
                right = d;
            }
        }
        if (left == null || right == null) {
            return false;
        }
        Box line = left.box().union(right.box());
        double gap = Math.max(1, GAP * dot.width());
        return cy >= line.y0() + LOW * line.height() && cy <= line.y1() + 0.1 * line.height()
                && dot.xGap(left.box()) >= gap && dot.xGap(right.box()) >= gap;
    }

    private static double centre(Piece p) {
        return (p.box().x0() + p.box().x1()) / 2.0;
    }
}
