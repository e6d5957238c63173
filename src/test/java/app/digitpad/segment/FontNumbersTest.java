package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers drawn in fonts (the outside test of {@code evaluate --numbers --fonts}): digits of the asked height,
 * spaced as the benchmark spaces MNIST's, the same numbers for the same seed, and a clear error for a file that is
 * not a font. The JDK's logical fonts stand in for handwriting fonts, which CI does not have.
 */
class FontNumbersTest {

    private final FontNumbers numbers = new FontNumbers(List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 12),
            new Font(Font.SERIF, Font.PLAIN, 12)), List.of("sans", "serif"), FontNumbers.DIGIT_HEIGHT);

    @Test
    void eachFontsDigitsAreAsTallAsAskedOnOneBaseline() {
        for (Font font : List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 12), new Font(Font.SERIF, Font.PLAIN, 12))) {
            List<GrayImage> digits = FontNumbers.render(font, 60);
            assertEquals(10, digits.size());
            int eight = inkRows(digits.get(8));
            assertTrue(Math.abs(eight - 60) <= 2, "an 8 is 60 px tall: " + eight);
            for (GrayImage digit : digits) {
                assertEquals(digits.get(0).height(), digit.height(), "one baseline: the same rows for every digit");
                assertTrue(digit.width() > 3 && digit.width() < 60, "cropped to its ink across: " + digit.width());
            }
        }
    }

    @Test
    void wideNumbersLeaveTheBenchmarksGapScaledToTheDigitsAndTouchingOnesAreOnePiece() {
        Random random = new Random(3);
        for (int i = 0; i < 10; i++) {
            NumberLayouts.Layout wide = numbers.make(random, 4, NumberLayouts.Gap.WIDE);
            assertEquals(4, wide.truth().length());
            assertTrue(wide.truth().chars().allMatch(Character::isDigit), wide.truth());
            assertEquals(1, java.util.Arrays.stream(wide.sources()).distinct().count(), "one font per number");
            assertEquals(3, emptyColumnRuns(wide.image()), "four digits, three gaps: " + wide.truth());
            NumberLayouts.Layout touching = numbers.make(random, 2, NumberLayouts.Gap.TOUCHING);
            List<Piece> pieces = Grouping.withoutNoise(InkComponents.of(touching.image()), touching.image().ink());
            assertEquals(1, pieces.size(), "the two digits' ink is one piece: " + touching.truth());
        }
    }

    @Test
    void theSameSeedMakesTheSameNumbers() {
        NumberLayouts.Layout a = numbers.make(new Random(9), 5, NumberLayouts.Gap.NARROW);
        NumberLayouts.Layout b = numbers.make(new Random(9), 5, NumberLayouts.Gap.NARROW);
        assertEquals(a.truth(), b.truth());
        assertTrue(java.util.Arrays.equals(a.image().ink(), b.image().ink()));
        assertEquals(numbers.name(a.sources()[0]), numbers.name(b.sources()[0]));
    }

    @Test
    void aFileThatIsNotAFontOrAFolderWithoutFontsIsRefusedByName(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("hand.ttf"), "not a font");
        IOException e = assertThrows(IOException.class, () -> FontNumbers.load(List.of(fake), 60));
        assertTrue(e.getMessage().startsWith(fake + ": not a font file (TrueType or OpenType expected)"), e.getMessage());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        e = assertThrows(IOException.class, () -> FontNumbers.load(List.of(empty), 60));
        assertEquals(empty + ": the folder holds no font file (.ttf or .otf)", e.getMessage());
        Path missing = dir.resolve("nowhere");
        e = assertThrows(IOException.class, () -> FontNumbers.load(List.of(missing), 60));
        assertTrue(e.getMessage().startsWith(missing + ": no such file or folder"), e.getMessage());
    }

    private static int inkRows(GrayImage g) {
        int top = g.height();
        int bottom = -1;
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                if (g.at(x, y) > 0.5f) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return bottom - top + 1;
    }

    /** Runs of empty columns between the first and the last inked column. */
    private static int emptyColumnRuns(GrayImage g) {
        int runs = 0;
        boolean seenInk = false;
        boolean inGap = false;
        for (int x = 0; x < g.width(); x++) {
            boolean ink = false;
            for (int y = 0; y < g.height() && !ink; y++) {
                ink = g.at(x, y) > DigitNormalizer.INK_THRESHOLD;
            }
            if (ink && inGap) {
                runs++;
            }
            inGap = !ink && seenInk;
            seenInk |= ink;
        }
        return runs;
    }
}
