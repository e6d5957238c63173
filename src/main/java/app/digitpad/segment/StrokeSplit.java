package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * On the pad, a group of several strokes may still be several digits: {@link Grouping} joins strokes that
 * share columns, so a 1 written close against a 3 joins it. The group's strokes, ordered by their centres,
 * are tried in runs of neighbours; the {@link SegmentJudge} scores each run as one digit, and the same
 * dynamic programming as for cut paths ({@link CutSearch#choose}) picks the runs. A stroke is never cut. The
 * split comes with its scores and margin, so that the pad's number is in doubt where an image's would be
 * ({@link NumberReader#inDoubt}; the scores here are the judge's alone): a 1 written across the tips of a 3 may be
 * read as part of it. Any thread; no state.
 */
final class StrokeSplit {

    private StrokeSplit() {
    }

    /**
     * The group's digits, left to right: runs of its strokes, or the group whole (a group of one stroke is not
     * judged: there is no place to split it, so nothing to doubt).
     */
    static CutSearch.Split split(GrayImage image, Piece group, List<Piece> strokes, NumberReader.Line line, SegmentJudge judge) {
        Set<Integer> inGroup = new HashSet<>();
        Arrays.stream(group.pixels()).forEach(inGroup::add);
        List<Piece> mine = strokes.stream()
                .filter(s -> Arrays.stream(s.pixels()).allMatch(inGroup::contains))
                .sorted(Comparator.comparingDouble(s -> s.box().x0() + s.box().width() / 2.0))
                .toList();
        if (mine.size() < 2) {
            return CutSearch.Split.whole(group, 1);
        }
        List<CutSearch.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Piece run = mine.get(i);
            for (int j = i + 1; j <= mine.size(); j++) {
                if (j > i + 1) {
                    run = run.merge(mine.get(j - 1));
                }
                candidates.add(new CutSearch.Candidate(i, j, i == 0 && j == mine.size() ? group : run));
            }
        }
        double[] scores = CutSearch.scores(image, line, judge, candidates.stream().map(CutSearch.Candidate::piece).toList());
        CutSearch.Choice choice = CutSearch.choose(mine.size() + 1, candidates, scores).orElseThrow(); // the whole reaches the end
        int[] chosen = choice.chain();
        return new CutSearch.Split(group, Arrays.stream(chosen).mapToObj(c -> candidates.get(c).piece()).toList(),
                Arrays.stream(chosen).mapToDouble(c -> scores[c]).toArray(), choice.margin(), List.of());
    }
}
