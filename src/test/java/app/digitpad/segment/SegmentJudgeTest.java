package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled judge: it loads, round-trips, refuses what is not one, and tells one digit from two. */
class SegmentJudgeTest {

    private static final Path BUNDLED = new ModelLibrary(Models.bundled().getParent()).segmentJudge();

    @Test
    void aFileThatIsNotAJudgeOrIsMissingLoadsAsNone(@TempDir Path dir) throws Exception {
        assertTrue(SegmentJudge.load(Files.writeString(dir.resolve("x.judge"), "not a network")).isEmpty());
        assertTrue(SegmentJudge.load(dir.resolve("missing.judge")).isEmpty());
        byte[] bytes = Files.readAllBytes(BUNDLED);
        Path truncated = Files.write(dir.resolve("half.judge"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(SegmentJudge.load(truncated).isEmpty());
        Path gate = new ModelLibrary(Models.bundled().getParent()).gate();
        assertTrue(SegmentJudge.load(gate).isEmpty(), "the not-a-digit gate is a network, but not a judge");
        assertTrue(SegmentJudge.load(Models.bundled()).isEmpty(), "nor is a digit model");
    }

    @Test
    void savedAndLoadedItAnswersTheSame(@TempDir Path dir) throws Exception {
        SegmentJudge judge = SegmentJudge.load(Files.copy(BUNDLED, dir.resolve("one.judge"))).orElseThrow();
        assertEquals(1, judge.networks(), "a file without members beside it is a judge of one network");
        judge.save(dir.resolve("copy.judge"));
        SegmentJudge copy = SegmentJudge.load(dir.resolve("copy.judge")).orElseThrow();
        Random random = new Random(2);
        for (int length = 1; length <= 2; length++) {
            float[] view = wholeView(layouts().make(random, length, NumberLayouts.Gap.TOUCHING));
            assertArrayEquals(judge.wholeDigit(view, 1), copy.wholeDigit(view, 1), 1e-6);
        }
    }

    @Test
    void theBundledJudgeIsItsNetworksMean(@TempDir Path dir) throws Exception {
        SegmentJudge bundled = SegmentJudge.load(BUNDLED).orElseThrow();
        assertEquals(SegmentJudge.MEMBERS, bundled.networks());
        List<SegmentJudge> alone = new java.util.ArrayList<>(List.of(SegmentJudge.load(Files.copy(BUNDLED, dir.resolve("1.judge"))).orElseThrow()));
        for (int k = 2; k <= SegmentJudge.MEMBERS; k++) {
            alone.add(SegmentJudge.load(Files.copy(SegmentJudge.member(BUNDLED, k), dir.resolve(k + ".judge"))).orElseThrow());
        }
        Random random = new Random(3);
        for (int length = 1; length <= 3; length++) {
            float[] view = wholeView(layouts().make(random, length, NumberLayouts.Gap.TOUCHING));
            double sum = 0;
            for (SegmentJudge one : alone) {
                sum += one.wholeDigit(view, 1)[0];
            }
            assertEquals(sum / alone.size(), bundled.wholeDigit(view, 1)[0], 1e-6, length + " digits");
        }
        assertThrows(IllegalStateException.class, () -> bundled.save(dir.resolve("all.judge")), "a file holds one network");
    }

    @Test
    void aMissingMemberLeavesTheOthersAndADamagedOneIsSkipped(@TempDir Path dir) throws Exception {
        Path first = Files.copy(BUNDLED, dir.resolve("touching-digits.judge"));
        Files.copy(SegmentJudge.member(BUNDLED, 2), SegmentJudge.member(first, 2));
        assertEquals(dir.resolve("touching-digits-2.judge"), SegmentJudge.member(first, 2));
        assertEquals(2, SegmentJudge.load(first).orElseThrow().networks(), "member 3 missing");
        Files.writeString(SegmentJudge.member(first, 3), "not a network");
        assertEquals(2, SegmentJudge.load(first).orElseThrow().networks(), "member 3 damaged");
        Files.delete(first);
        assertTrue(SegmentJudge.load(first).isEmpty(), "members without the first are no judge");
    }

    @Test
    void singleTestDigitsScoreAsOneDigitAndTouchingPairsDoNot() {
        SegmentJudge judge = SegmentJudge.load(BUNDLED).orElseThrow();
        NumberLayouts layouts = layouts();
        Random random = new Random(4);
        int singles = 0;
        int pairs = 0;
        int trials = 200;
        for (int i = 0; i < trials; i++) {
            singles += judge.wholeDigit(wholeView(layouts.make(random, 1, NumberLayouts.Gap.WIDE)), 1)[0] > 0.5 ? 1 : 0;
            pairs += judge.wholeDigit(wholeView(layouts.make(random, 2, NumberLayouts.Gap.TOUCHING)), 1)[0] < 0.5 ? 1 : 0;
        }
        assertTrue(singles >= 0.97 * trials, "single digits judged one digit: " + singles);
        assertTrue(pairs >= 0.9 * trials, "touching pairs judged not one digit: " + pairs);
    }

    private static NumberLayouts layouts() {
        return new NumberLayouts(TestData.test());
    }

    /** The view of all the layout's ink as one candidate. */
    private static float[] wholeView(NumberLayouts.Layout layout) {
        GrayImage image = layout.image();
        List<Piece> pieces = InkComponents.of(image);
        Piece all = pieces.stream().reduce(Piece::merge).orElseThrow();
        return SegmentView.of(image, all, all.box());
    }
}
