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

    private Grouping() {
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
