package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.AtomicFiles;
import app.digitpad.inference.Predictor;
import app.digitpad.model.ProcessMemory;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.NumberReading;
import app.digitpad.segment.NumberScenes;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.verdict.DigitGate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad bench numbers}: how long {@code predict --number} takes on the sizes numbers come in (the
 * pad's canvas, a phone photo, noise of the photo's size and of a scanned line's, a long strip), file decoding included, the JVM warm,
 * the sizes alternating in every round; medians. The scenes are written as files first (the photo as JPEG),
 * so that the same files can be handed to {@code predict --number} to measure a whole process's memory.
 */
@Command(name = "numbers", mixinStandardHelpOptions = true,
        description = "Time number reading on a canvas, a 4000x3000 photo, noise (photo and line sized) and a long strip.")
public final class BenchNumbersCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Option(names = "--rounds", converter = Counts.AtLeastOne.class, defaultValue = "5", description = "timed rounds, each reading every scene once (default: ${DEFAULT-VALUE})")
    int rounds;
    @Option(names = "--strip", converter = Counts.AtLeastOne.class, defaultValue = "200", description = "digits in the long strip (default: ${DEFAULT-VALUE})")
    int strip;
    @Option(names = "--seed", defaultValue = "1", description = "which digits the scenes are made of (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--write", paramLabel = "DIR", description = "keep the scene files in DIR (a new or empty folder)")
    Path write;

    private final Services services;

    public BenchNumbersCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        NumberScenes scenes = new NumberScenes(dataOption.trainingData(services).test(null, (w, d, t) -> { }));
        Path dir = write == null ? Files.createTempDirectory("digitpad-bench-numbers") : folder(write);
        try {
            Map<Path, String> files = writeScenes(scenes, dir);
            Checkpoint.Loaded model = services.loader().load(services.models().bundledModel(), false);
            NumberReader reader = new NumberReader(new Predictor(model.network(), "bench"),
                    DigitGate.load(services.models().gate()), SegmentJudge.load(services.models().segmentJudge()));
            Map<Path, List<Double>> times = new LinkedHashMap<>();
            Map<Path, String> answers = new LinkedHashMap<>();
            files.keySet().forEach(f -> times.put(f, new ArrayList<>()));
            for (int round = 0; round <= rounds; round++) {
                List<Path> order = new ArrayList<>(files.keySet());
                java.util.Collections.rotate(order, round);
                for (Path file : order) {
                    long began = System.nanoTime();
                    Optional<NumberReading> reading = reader.read(ImageFiles.read(file));
                    double ms = (System.nanoTime() - began) / 1e6;
                    if (round > 0) {
                        times.get(file).add(ms);
                    }
                    answers.put(file, reading.map(NumberReading::describe).orElse("no number found"));
                }
            }
            report(files, times, answers);
            return 0;
        } finally {
            if (write == null) {
                BenchStartCommand.deleteTree(dir);
            }
        }
    }

    private void report(Map<Path, String> files, Map<Path, List<Double>> times, Map<Path, String> answers) {
        services.out().printf(Locale.ROOT, "%-22s %10s  %-24s %s%n", "scene", "median ms", "truth", "read");
        for (Path file : files.keySet()) {
            String truth = files.get(file);
            services.out().printf(Locale.ROOT, "%-22s %10.0f  %-24s %s%n", file.getFileName(),
                    BenchStartCommand.median(times.get(file)), abbreviate(truth.isEmpty() ? "(none)" : truth),
                    abbreviate(answers.get(file)) + (answers.get(file).equals(truth) ? "  (right)" : ""));
        }
        services.out().printf(Locale.ROOT, "%d rounds after a warm-up round; this process: %s%n", rounds,
                ProcessMemory.read().describe());
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 10) + "..." + s.substring(s.length() - 10) + " (" + s.length() + ")";
    }

    /** The scenes as files, each made, written and let go before the next (the photo alone is 12 megapixels). */
    private Map<Path, String> writeScenes(NumberScenes scenes, Path dir) throws IOException {
        Random random = new Random(seed);
        Map<Path, String> files = new LinkedHashMap<>();
        for (String kind : List.of("canvas", "photo", "noise", "strip", "noise-line")) {
            NumberScenes.Scene scene = switch (kind) {
                case "canvas" -> scenes.canvas(random);
                case "photo" -> scenes.photo(random);
                case "noise" -> scenes.noise(random);
                case "noise-line" -> scenes.noise(random, NumberScenes.PHOTO_WIDTH, NumberScenes.LINE_HEIGHT);
                default -> scenes.strip(random, strip);
            };
            files.put(save(scene, dir, kind.equals("photo") ? "jpg" : "png"), scene.truth());
        }
        return files;
    }

    private static Path save(NumberScenes.Scene scene, Path dir, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(scene.image(), format, bytes);
        Path file = dir.resolve(scene.name() + "." + format);
        AtomicFiles.write(file, bytes.toByteArray());
        return file;
    }

    /** The folder to keep the scenes in: new, or empty, so that no file of the user's is replaced. */
    private static Path folder(Path dir) throws IOException {
        boolean empty = Files.isDirectory(dir);
        if (empty) {
            try (var entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (Files.exists(dir) && !empty) {
            throw new IOException(dir + ": --write needs a new or empty folder, so that no file in it is replaced");
        }
        return Files.createDirectories(dir);
    }
}
