package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --numbers --fonts}: numbers drawn in a font file (an outside test), their totals and misreads
 * naming the font once; a missing font file and options that do not go together are said.
 */
class EvaluateFontsTest {

    private static final Pattern TOTAL = Pattern.compile("(WIDE|NARROW|TOUCHING) +2-6 digits: strings [0-9.]+ \\((\\d+) of 5\\).*");
    private static final Pattern MISREAD = Pattern.compile("  (WIDE|NARROW|TOUCHING) +(\\d): (\\d+) -> (.+); (\\S+)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(Cli.services(new PrintWriter(out), new PrintWriter(err)), args);
    }

    @Test
    void numbersInAFontFileAreReadAndEachMisreadNamesTheFontOnce() throws IOException {
        Optional<Path> font = systemFont();
        assumeTrue(font.isPresent(), "a TrueType font under /usr/share/fonts (fontconfig's DejaVu)");
        assertEquals(0, run("evaluate", "--numbers", "1", "--bar-lengths", "--misreads", "--fonts",
                font.get().toString(), "--font-height", "90"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).contains("made of digits of 1 font, 90 px tall"), lines.get(0));
        int right = 0;
        for (String line : lines) {
            Matcher t = TOTAL.matcher(line);
            right += t.matches() ? Integer.parseInt(t.group(2)) : 0;
        }
        assertTrue(right >= 10, "printed digits, wide and narrow, are mostly read: " + out);
        for (String line : lines) {
            Matcher m = MISREAD.matcher(line);
            if (m.matches()) {
                assertEquals(font.get().getFileName().toString(), m.group(5), line);
            }
        }
        assertTrue(lines.contains("Read wrong: " + (15 - right) + " (gap kind, digits: written -> read, and the font "
                + "written in)"), out.toString());
    }

    @Test
    void aMissingFontFileIsSaidByNameAndNothingIsRead() {
        assertEquals(1, run("evaluate", "--numbers", "1", "--fonts", "no/such/hand.ttf"));
        assertTrue(err.toString().startsWith("error: --fonts: no/such/hand.ttf: no such file or folder"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aFontHeightOutOfRangeOrWithoutFontsIsAUsageError() {
        assertEquals(2, run("evaluate", "--numbers", "1", "--fonts", "hand.ttf", "--font-height", "5"));
        assertTrue(err.toString().contains("'5' is not a whole number of pixels from 12 to 400"), err.toString());
        assertEquals(2, run("evaluate", "--numbers", "1", "--font-height", "90"));
        assertTrue(err.toString().contains("--font-height goes with --fonts"), err.toString());
    }

    @Test
    void fontsWithoutNumbersOrWithBrokenStrokesIsAUsageError() {
        assertEquals(2, run("evaluate", "--fonts", "hand.ttf"));
        assertTrue(err.toString().contains("--fonts goes with --numbers"), err.toString());
        assertEquals(2, run("evaluate", "--numbers", "1", "--broken", "0.2", "--fonts", "hand.ttf"));
        assertTrue(err.toString().contains("--broken breaks written digits; it does not go with --fonts"), err.toString());
    }

    private static Optional<Path> systemFont() throws IOException {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(dejaVu)) {
            return Optional.of(dejaVu);
        }
        Path fonts = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(fonts)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.walk(fonts)) {
            return all.filter(p -> p.toString().endsWith(".ttf")).sorted().findFirst();
        }
    }
}
