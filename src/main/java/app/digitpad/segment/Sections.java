package app.digitpad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a group of ink too wide to be one written number's touching digits is divided before its cuts are
 * searched: at the cut separating the least ink in each stretch of {@link #WIDEST} digits. The cut search
 * keeps a best chain for every number of digits at every cut, which costs the square of the group's width: a
 * line of grey noise 8,000 px wide is one group some 2,000 cuts wide. Sections keep that cost linear; touching
 * numbers narrower than {@link #WIDEST} digits are searched whole as before. Any thread; no state.
 */
final class Sections {

    /**
     * A section is at most this many digit heights wide: ten digits touching in one run of ink (a touching
     * digit is about two thirds as wide as it is tall, so some fifteen of them) is more than the benchmark's
     * numbers have (six), and a wider run is divided where it holds the least ink.
     */
    static final double WIDEST = 10;

    private Sections() {
    }

    /**
     * Indexes into {@code cuts} (ordered by centre, the group's edges first and last) where sections begin and
     * end: {@code {0, last}} for a group no wider than {@link #WIDEST} digits.
     */
    static int[] bounds(List<Cut> cuts, int digitHeight) {
        double widest = WIDEST * digitHeight;
        int last = cuts.size() - 1;
        List<Integer> bounds = new ArrayList<>(List.of(0));
        while (cuts.get(last).centre() - cuts.get(bounds.get(bounds.size() - 1)).centre() > widest) {
            int from = bounds.get(bounds.size() - 1);
            double start = cuts.get(from).centre();
            int best = from + 1;
            for (int k = from + 1; k < last && cuts.get(k).centre() - start <= widest; k++) {
                boolean farEnough = cuts.get(k).centre() - start >= widest / 2;
                if (farEnough && (cuts.get(best).centre() - start < widest / 2 || cuts.get(k).inkCut() < cuts.get(best).inkCut())) {
                    best = k;
                }
            }
            if (best >= last) {
                break;
            }
            bounds.add(best);
        }
        bounds.add(last);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }
}
