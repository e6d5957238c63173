package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Which connected components make one digit. Two pieces join when they share a good part of the narrower
 * one's columns (a 5's detached top bar, a broken loop); a small speck joins the nearest piece when it lies close to it, and a stray pixel
 * (a sliver of a digit's ink) is dropped. Digits side by
 * side, even overlapping a little in x, stay apart. Any thread; no state.
 */
final class Grouping {

    /**
     * Shared columns, as a fraction of the narrower piece, for two pieces to be one digit: a 5's top bar
     * over its body, the parts of a broken 6. Separate neighbours share almost none.
     */
    static final double X_OVERLAP = 0.4;
    /** A speck: its longest side under this fraction of the line's height. */
    static final double SPECK = 0.25;
    /** A speck joins a neighbour at most this far away, as a fraction of the line's height. */
    static final double SPECK_REACH = 0.25;
    /**
     * A piece with less ink than this share of a typical digit's ({@link WritingScale#digitInk}) is noise (a
     * stray pixel of a scan), dropped. Judged against the digits, not all the ink: in a strip of a hundred
     * digits each 1 holds well under 1% of the ink, and was dropped when the rule was a share of the whole.
     */
    static final double NOISE = 0.02;

    /**
     * A ruled line (an underline, a line of a form) is at least this many times as long as it is thick, at
     * least {@link #RULE_LENGTH} digit heights long and at most {@link #RULE_THICKNESS} of one thick; the digit
     * height is taken from the other pieces (a line under a short number can hold more ink than its digits).
     */
    static final double RULE_ASPECT = 8;
    static final double RULE_LENGTH = 2;
    static final double RULE_THICKNESS = 0.25;

    private Grouping() {
    }

    /**
     * The pieces without ruled lines: a line under a number shares columns with every digit, and grouping by
     * shared columns made the whole number one group with it (an underlined 8380 read 3382). Ink that is only
     * ruled lines is kept (it is read, as not a digit).
     */
    static List<Piece> withoutRules(List<Piece> pieces, float[] ink) {
        java.util.function.Predicate<Piece> long_ = p -> p.box().width() >= RULE_ASPECT * p.box().height();
        List<Piece> others = pieces.stream().filter(long_.negate()).toList();
        if (others.isEmpty() || others.size() == pieces.size()) {
            return pieces;
        }
        int digit = WritingScale.digitHeight(others, ink);
        return pieces.stream().filter(p -> !long_.test(p) || p.box().width() < RULE_LENGTH * digit
                || p.box().height() > RULE_THICKNESS * digit).toList();
    }

    /** The components without noise ({@link #NOISE}). */
    static List<Piece> withoutNoise(List<Piece> components, float[] ink) {
        double digit = WritingScale.digitInk(components, ink);
        return components.stream().filter(p -> WritingScale.mass(p, ink) >= NOISE * digit).toList();
    }

    /** The digits the components make, noise dropped first. */
    static List<Piece> of(List<Piece> components, float[] ink) {
        return of(withoutNoise(components, ink));
    }

    /**
     * The digits the pieces make: pairs that are {@link #oneDigit} merge, in passes over all pairs until a
     * pass merges none (each merged group is checked again against the rest in the same pass).
     */
    static List<Piece> of(List<Piece> pieces) {
        List<Piece> groups = new ArrayList<>(pieces);
        if (groups.isEmpty()) {
            return groups;
        }
        int lineHeight = groups.stream().map(Piece::box).reduce(Box::union).orElseThrow().height();
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (oneDigit(groups.get(i).box(), groups.get(j).box(), lineHeight)) {
                        groups.set(i, groups.get(i).merge(groups.remove(j)));
                        merged = true;
                        j = i;
                    }
                }
            }
        }
        return groups;
    }

    static boolean oneDigit(Box a, Box b, int lineHeight) {
        int narrower = Math.min(a.width(), b.width());
        if (a.xOverlap(b) >= X_OVERLAP * narrower) {
            return true;
        }
        boolean speck = Math.max(a.width(), a.height()) < SPECK * lineHeight
                || Math.max(b.width(), b.height()) < SPECK * lineHeight;
        boolean bothSpecks = Math.max(a.width(), a.height()) < SPECK * lineHeight
                && Math.max(b.width(), b.height()) < SPECK * lineHeight;
        return speck && !bothSpecks && a.xGap(b) <= SPECK_REACH * lineHeight && gapY(a, b) <= SPECK_REACH * lineHeight;
    }

    private static int gapY(Box a, Box b) {
        return Math.max(0, Math.max(a.y0(), b.y0()) - Math.min(a.y1(), b.y1()) - 1);
    }
}
