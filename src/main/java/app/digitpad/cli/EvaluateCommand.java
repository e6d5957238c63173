package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.data.DataLocator;
import app.digitpad.data.MnistFile;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.DrawnBenchmark;
import app.digitpad.personal.LabelledImages;
import app.digitpad.personal.PersonalData;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.segment.FontNumbers;
import app.digitpad.segment.StrokeGaps;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.NotDigits;
import app.digitpad.verdict.RejectionBenchmark;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad evaluate}: accuracy, per-class accuracy and the confusion matrix on the MNIST test set, or
 * on someone's own digits ({@code --data} naming a personal set or a folder of labelled images).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score a model on the MNIST test set, "
        + "a personal set, or a folder of images named with their label first (--data DIR).")
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Mixin
    ModelOption modelOption;
    @Mixin
    DoodlesOption doodlesOption;
    @Mixin
    FontsOption fontsOption;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;
    @Option(names = "--drawn", description = "accuracy on test digits drawn small, large, thick, thin and tilted, "
            + "through the drawing pad's path")
    boolean drawn;
    @Option(names = "--rejection", description = "how often it answers \"not a digit\": for a generated set of "
            + "non-digits, and for MNIST's test digits, raw and drawn on the pad")
    boolean rejection;
    @Option(names = "--leave-one-kind-out", description = "with --rejection: for each kind of non-digit, a gate "
            + "trained without it is asked about that kind (a gate training per kind, about 8 minutes each on 2 cores)")
    boolean leaveOneKindOut;
    @Option(names = "--together", description = "with --leave-one-kind-out: one gate trained without all the --kinds "
            + "at once (stricter, and one training)")
    boolean together;
    @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "with --leave-one-kind-out: only "
            + "these kinds (names as listed by --rejection, e.g. scribble,letter_c; default: all)")
    List<String> kinds;
    @Option(names = "--seed", description = "with --leave-one-kind-out: the gates' training seed, as `gate --seed` "
            + "(default: ${DEFAULT-VALUE})")
    long seed = 1;
    @Option(names = "--numbers", converter = Counts.AtLeastOne.class, paramLabel = "N", description = "digit-string accuracy of predict --number on N "
            + "written numbers per gap kind (wide, narrow, touching) and length (2 to 8 digits) made from MNIST test digits, "
            + "or from the digits of --data DIR (a personal set or a folder of labelled images); with --doodles DIR, N "
            + "doodles people drew per gap kind, each written between two such digits")
    Integer numbers;
    @Option(names = "--numbers-seed", paramLabel = "SEED", description = "with --numbers: make other numbers than the "
            + "benchmark's (for choosing settings on numbers the recorded figures are not measured on)")
    Long numbersSeed;
    @Option(names = "--misreads", description = "with --numbers: list every number read wrong, what was read, "
            + "whether it was in doubt, and the images its digits came from")
    boolean misreads;
    @Option(names = "--bar-lengths", description = "with --numbers: only numbers of 2 to 6 digits, the lengths the "
            + "whole-numbers issue's bars are for (numbers of 7 and 8 digits take most of the time)")
    boolean barLengths;
    @Option(names = "--broken", paramLabel = "SHARE", description = "with --numbers: break this share of the digits "
            + "(0 to 1) by a short gap across one stroke before they are placed, as a 4 written in two strokes or an "
            + "open 0 (default: none)")
    Double broken;
    @Option(names = "--as-stored", description = "MNIST's test digits as stored (pixels / 255), without DigitPad's "
            + "preprocessing: the figure Keras' or PyTorch's own evaluation gives for a model imported from there")
    boolean asStored;
    @Option(names = "--limit", description = "use only the first N test images")
    Integer limit;
    @Option(names = "--record", description = "with --drawn or --rejection on the full test set: write the results "
            + "into the model's sidecar")
    boolean record;

    private final Services services;

    public EvaluateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            services.err().println(misuse.get());
            return 2;
        }
        StrokeGaps gaps = broken == null ? StrokeGaps.NONE : new StrokeGaps(broken);
        if (fontsOption.given()) {
            return fontNumbers(gaps);
        }
        List<NotDigits.Kind> leftOut = new ArrayList<>();
        for (String name : kinds == null ? List.<String>of() : kinds) {
            leftOut.add(NotDigits.Kind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        }
        Path folder = services.dataLocator().resolve(dataOption.data);
        boolean mnist = !holdsOwnDigits(folder);
        if ((drawn || rejection) && !mnist) {
            services.err().println("--drawn and --rejection use MNIST's test digits; " + folder
                    + " is not an MNIST folder");
            return 2;
        }
        if (mnist && dataOption.data != null && DataLocator.missing(folder).size() == MnistFile.values().length) {
            services.err().println("error: " + folder + " holds nothing to evaluate on: no MNIST files (like "
                    + MnistFile.values()[0].gzName() + "), no personal set (" + PersonalSet.INDEX
                    + ") and no images named with their label first (like 7_0001.png)");
            return 2;
        }
        Checkpoint.Loaded loaded = modelOption.load(services);
        PersonalData own = mnist ? null : PersonalData.open(folder);
        if (own != null) {
            own.skippedNote().ifPresent(services.err()::println);
        }
        if (numbers != null && doodlesOption.given()) {
            MnistSet digits = mnist ? new MnistLoader(folder).test().limit(limit)
                    : PersonalData.toSet(folder.getFileName().toString(), own.items()).limit(limit);
            return DoodlesInNumbersEvaluation.run(services, loaded, digits, doodlesOption, numbers, numbersSeed, json);
        }
        if (numbers != null && !mnist) {
            List<PersonalData.Item> items = own.items();
            return NumbersEvaluation.run(services, loaded, PersonalData.toSet(folder.getFileName().toString(),
                    items).limit(limit), new NumbersEvaluation.Options(numbers, numbersSeed, gaps,
                    misreads ? i -> items.get(i).name() : null, false, barLengths, json));
        }
        MnistLoader loader = new MnistLoader(folder);
        if (rejection && leaveOneKindOut) {
            return KindsLeftOut.run(services, loaded, loader, loader.test().limit(limit), leftOut, seed, together,
                    doodlesOption, json);
        }
        if (rejection) {
            return rejection(loaded, loader.test().limit(limit));
        }
        if (numbers != null) {
            return NumbersEvaluation.run(services, loaded, loader.test().limit(limit), new NumbersEvaluation.Options(
                    numbers, numbersSeed, gaps, misreads ? i -> "test#" + i : null, false, barLengths, json));
        }
        if (drawn) {
            return drawn(loaded, loader.test().limit(limit));
        }
        MnistSet set = !mnist ? PersonalData.toSet("personal", own.items()).limit(limit)
                : asStored ? loader.test().limit(limit) : MnistPreprocessor.apply(loader.test().limit(limit));
        String what = !mnist ? "digits of " + folder : asStored ? "test images as stored" : "test images";
        return AccuracyEvaluation.report(services, loaded, set, what, own, json);
    }

    /** Numbers drawn in fonts: needs no data folder, so it is answered before one is looked for. */
    private int fontNumbers(StrokeGaps gaps) throws Exception {
        Optional<FontNumbers> fonts = fontsOption.numbers(services);
        if (fonts.isEmpty()) {
            return 1;
        }
        FontNumbers f = fonts.get();
        String madeOf = String.format(Locale.ROOT, "digits of %d font%s, %d px tall", f.size(), f.size() == 1 ? "" : "s",
                f.digitHeight());
        return NumbersEvaluation.run(services, modelOption.load(services), f, "fonts", madeOf,
                new NumbersEvaluation.Options(numbers, numbersSeed, gaps, misreads ? f::name : null, true, barLengths,
                        json));
    }

    /** What is wrong with this combination of options, said as picocli says a usage error (exit 2). */
    private Optional<String> misuse() {
        if (record && (!(drawn || rejection) || limit != null)) {
            return Optional.of("--record needs --drawn or --rejection over the full test set (no --limit)");
        }
        String option = broken != null ? "--broken" : misreads ? "--misreads" : barLengths ? "--bar-lengths"
                : fontsOption.given() ? "--fonts" : null;
        if (option != null && numbers == null) {
            return Optional.of(option + " goes with --numbers");
        }
        if (fontsOption.heightAlone()) {
            return Optional.of("--font-height goes with --fonts");
        }
        if (broken != null && fontsOption.given()) {
            return Optional.of("--broken breaks written digits; it does not go with --fonts");
        }
        if (broken != null) {
            try {
                new StrokeGaps(broken);
            } catch (IllegalArgumentException e) {
                return Optional.of("error: --broken: " + e.getMessage());
            }
        }
        if (doodlesOption.given() && !rejection && numbers == null) {
            return Optional.of("--doodles goes with --rejection or --numbers");
        }
        if (doodlesOption.given() && numbers != null && (rejection || fontsOption.given()
                || broken != null || misreads || barLengths)) {
            return Optional.of("--numbers --doodles writes each doodle between two digits of the data set: it takes "
                    + "no --rejection, --fonts, --broken, --misreads or --bar-lengths");
        }
        if (together && !leaveOneKindOut) {
            return Optional.of("--together goes with --rejection --leave-one-kind-out");
        }
        if (leaveOneKindOut && (!rejection || record)) {
            return Optional.of("--leave-one-kind-out goes with --rejection, and records nothing (no --record)");
        }
        for (String name : kinds == null ? List.<String>of() : kinds) {
            if (java.util.Arrays.stream(NotDigits.Kind.values()).noneMatch(k -> k.name().equalsIgnoreCase(name.trim()))) {
                return Optional.of("error: --kinds: no kind of non-digit is called '" + name + "'; the kinds: "
                        + java.util.Arrays.stream(NotDigits.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
        return Optional.empty();
    }

    /** A personal set or a folder of labelled images, rather than MNIST (or a folder with nothing usable). */
    private static boolean holdsOwnDigits(Path folder) throws java.io.IOException {
        return DataLocator.missing(folder).size() == MnistFile.values().length && Files.isDirectory(folder)
                && (PersonalSet.isPersonalSet(folder) || LabelledImages.hasLabelledImages(folder));
    }

    private int drawn(Checkpoint.Loaded loaded, MnistSet test) throws Exception {
        Map<DrawnDigits.Distortion, Double> acc = DrawnBenchmark.run(loaded.network(), test);
        Map<String, Double> byName = new LinkedHashMap<>();
        acc.forEach((d, a) -> byName.put(d.name().toLowerCase(Locale.ROOT), a));
        if (record && !recordInSidecar(loaded, meta -> meta.withDrawnAccuracy(byName))) {
            return 1;
        }
        if (json) {
            services.out().println(new ObjectMapper().writeValueAsString(byName));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s on %d test digits drawn on a %dx%d pad:%n",
                loaded.checkpoint().file(), test.size(), DrawnDigits.CANVAS, DrawnDigits.CANVAS);
        acc.forEach((d, a) -> services.out().printf(Locale.ROOT, "  %-18s %.4f%n", d.name().toLowerCase(Locale.ROOT), a));
        return 0;
    }

    private int rejection(Checkpoint.Loaded loaded, MnistSet test) throws Exception {
        RejectionBenchmark.Report r = RejectionBenchmark.run(loaded.network(), DigitGate.load(services.models().gate()), test);
        if (record && !recordInSidecar(loaded, meta -> meta.withRejection(r.asRecorded()))) {
            return 1;
        }
        return RejectionEvaluation.report(services, loaded, test.size(), r, doodlesOption, json);
    }

    private boolean recordInSidecar(Checkpoint.Loaded loaded, UnaryOperator<CheckpointMetadata> change)
            throws java.io.IOException {
        Path zip = loaded.checkpoint().file();
        CheckpointMetadata meta = loaded.checkpoint().metadata().orElse(null);
        if (meta == null) {
            services.err().println(zip.getFileName() + " has no sidecar to record the results in");
            return false;
        }
        new CheckpointFiles().writeSidecar(zip, change.apply(meta));
        return true;
    }

}
