package app.digitpad.cli;

import app.digitpad.data.IoMessages;
import app.digitpad.segment.FontNumbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --fonts FILE|DIR,...} option of {@code evaluate --numbers}: numbers drawn in fonts instead of made of
 * written digits, an outside test of number reading (handwriting fonts, such as Debian's fonts-bwht, fonts-breip or
 * fonts-dkg-handwriting). Fonts are never training data, so this is a figure on writing nothing here made.
 */
public final class FontsOption {

    @Option(names = "--fonts", split = ",", paramLabel = "FILE|DIR", description = "with --numbers: numbers drawn in "
            + "these fonts (TrueType or OpenType files; a folder: every font in it), digits "
            + FontNumbers.DIGIT_HEIGHT + " px tall, instead of made of written digits: an outside test")
    List<Path> fonts;
    @Option(names = "--font-height", converter = Counts.DigitHeight.class, paramLabel = "PX", description = "with --fonts: the "
            + "digits' height in pixels, " + FontNumbers.MIN_HEIGHT + " to " + FontNumbers.MAX_HEIGHT + " (default: "
            + FontNumbers.DIGIT_HEIGHT + ")")
    Integer height;

    /** Whether the option was given. */
    boolean given() {
        return fonts != null;
    }

    /** Whether a height was given without fonts to draw at it. */
    boolean heightAlone() {
        return height != null && fonts == null;
    }

    /** The fonts' numbers, or empty after saying on stderr which file is wrong and why. */
    Optional<FontNumbers> numbers(Services services) {
        try {
            return Optional.of(FontNumbers.load(fonts, height == null ? FontNumbers.DIGIT_HEIGHT : height));
        } catch (IOException e) {
            services.err().println("error: --fonts: " + IoMessages.describe(e));
            return Optional.empty();
        }
    }
}
