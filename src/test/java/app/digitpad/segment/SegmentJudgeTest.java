package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        SegmentJudge judge = SegmentJudge.load(BUNDLED).orElseThrow();
        judge.save(dir.resolve("copy.judge"));
        SegmentJudge copy = SegmentJudge.load(dir.resolve("copy.judge")).orElseThrow();
        Random random = new Random(2);
        for (int length = 1; length <= 2; length++) {
            float[] view = wholeView(layouts().make(random, length, NumberLayouts.Gap.TOUCHING));
            assertArrayEquals(judge.wholeDigit(view, 1), copy.wholeDigit(view, 1), 1e-6);
        }
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
