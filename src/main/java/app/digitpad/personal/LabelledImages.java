package app.digitpad.personal;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of digit images whose names start with their label ({@code 7_0001.png}, {@code 3-anna.jpg}):
 * photos, scans or drawings of any size and either polarity, each prepared by the one preprocessing path.
 * Files of other names are ignored; a labelled file that cannot be used refuses the whole folder, with
 * every such file named, so that nothing is half-read. Any thread.
 */
public final class LabelledImages {

    /** A label digit, a separator, anything, and an image extension. */
    private static final Pattern NAME = Pattern.compile("([0-9])[_\\-. ].*\\.(png|jpe?g|gif|bmp)",
            Pattern.CASE_INSENSITIVE);
    /** Smaller than this on a side and an image cannot hold a readable digit (MNIST's digits are 20 px). */
    public static final int MIN_SIDE = 8;
    /** Larger than this on a side is a mistake (a panorama, a poster), not one digit. */
    public static final int MAX_SIDE = ImageFiles.MAX_SIDE;
    /** How many bad files a refusal names before "and N more". */
    private static final int NAMED = 5;

    /** One image, read and prepared. */
    public record Labelled(Path file, int label, float[] input) {
    }

    private LabelledImages() {
    }

    /** True when {@code dir} has at least one file named like a labelled image. */
    public static boolean hasLabelledImages(Path dir) throws IOException {
        return !labelledFiles(dir).isEmpty();
    }

    /** Reads every labelled image, in name order; refuses the folder if any of them is unusable. */
    public static List<Labelled> read(Path dir) throws IOException {
        List<Path> files = labelledFiles(dir);
        if (files.isEmpty()) {
            throw new IOException(dir + " has no images named with their label first (like 7_0001.png)");
        }
        List<Labelled> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(readOne(file));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String named = String.join("; ", problems.subList(0, Math.min(NAMED, problems.size())));
            String more = problems.size() > NAMED ? "; and " + (problems.size() - NAMED) + " more" : "";
            throw new IOException(problems.size() + " of " + files.size() + " images in " + dir
                    + " cannot be used, so none were read: " + named + more);
        }
        return out;
    }

    private static Labelled readOne(Path file) throws IOException {
        GrayImage ink = ImageFiles.read(file);
        if (ink.width() < MIN_SIDE || ink.height() < MIN_SIDE || ink.width() > MAX_SIDE || ink.height() > MAX_SIDE) {
            throw new IOException(file.getFileName() + ": " + ink.width() + "x" + ink.height() + " pixels; an image of "
                    + "one digit must be " + MIN_SIDE + " to " + MAX_SIDE + " pixels on each side");
        }
        Optional<float[]> input = DigitNormalizer.normalize(ink);
        if (input.isEmpty()) {
            throw new IOException(file.getFileName() + ": blank (no ink found)");
        }
        return new Labelled(file, label(file), input.get());
    }

    private static int label(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file + " is not named with its label first");
        }
        return m.group(1).charAt(0) - '0';
    }

    private static List<Path> labelledFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> !Files.isDirectory(p))
                    .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> a.getFileName().toString().toLowerCase(Locale.ROOT)
                            .compareTo(b.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }
}
