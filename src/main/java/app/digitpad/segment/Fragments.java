package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces of a digit broken in two that {@link Grouping} left apart (they share too few columns,
 * like the halves of a 4 or a 1 drawn with a gap): after each group is split, a group that no way of
 * cutting makes a digit, by the judge, joins its neighbour when the two are close and together one digit.
 * Specks are left to the grouping, so a dot beside digits is still reported on its own. Any thread; no state.
 */
final class Fragments {

    /** A group whose least likely digit the judge scores under this is a fragment, not digits. */
    static final double FRAGMENT = 0.05;
    /** A fragment joins a neighbour at most this far away in x, as a fraction of the line's digit height. */
    static final double NEAR = 0.25;
    /** ... and only when the judge scores the two together at least this as one digit. */
    static final double JOINED = 0.5;

    private Fragments() {
    }

    /** The splits, left to right, with fragments joined to a neighbour where that makes one digit. */
    static List<CutSearch.Split> join(GrayImage image, NumberReader.Line line, SegmentJudge judge, List<CutSearch.Split> splits) {
        List<CutSearch.Split> out = new ArrayList<>(splits);
        int i = 0;
        while (i < out.size() - 1) {
            CutSearch.Split a = out.get(i);
            CutSearch.Split b = out.get(i + 1);
            boolean near = a.group().box().xGap(b.group().box()) <= NEAR * line.digitHeight();
            if (near && (fragment(a, line) || fragment(b, line))) {
                Piece both = a.group().merge(b.group());
                double score = CutSearch.scores(image, line, judge, List.of(both))[0];
                if (score >= JOINED) {
                    out.set(i, CutSearch.Split.whole(both, score));
                    out.remove(i + 1);
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean fragment(CutSearch.Split split, NumberReader.Line line) {
        Box box = split.group().box();
        boolean speck = Math.max(box.width(), box.height()) < Grouping.SPECK * line.box().height();
        return !speck && split.weakest() < FRAGMENT;
    }
}
