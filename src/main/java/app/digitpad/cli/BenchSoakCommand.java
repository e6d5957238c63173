package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.MnistSet;
import app.digitpad.explain.Explainer;
import app.digitpad.explain.Explanation;
import app.digitpad.explain.NearestDigits;
import app.digitpad.inference.Predictor;
import app.digitpad.model.MemoryWatch;
import app.digitpad.model.ProcessMemory;
import app.digitpad.personal.FineTuner;
import app.digitpad.personal.PersonalData;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.segment.NumberLayouts;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingJob;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad bench soak}: the work a long window session does, headless, for a set time, with the
 * process's resident memory printed as it goes. Each round reads drawings and numbers, explains a few
 * drawings (saliency, feature maps, robustness, nearest digits), and every {@code --every}-th round also
 * fine-tunes the default model on 50 digits and trains a short run, each writing into a temp folder that
 * is removed after. What it prints is what BENCHMARKS.md's memory figures come from.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Run the window's work headless for a while and print resident memory over time.")
public final class BenchSoakCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Option(names = "--minutes", converter = Counts.MoreThanZero.class, defaultValue = "30", description = "how long (default: ${DEFAULT-VALUE})")
    double minutes;
    @Option(names = "--every", converter = Counts.AtLeastOne.class, defaultValue = "10", description = "a fine-tune and a training run every N rounds (default: ${DEFAULT-VALUE})")
    int every;
    @Option(names = "--report", converter = Counts.AtLeastOne.class, defaultValue = "30", description = "seconds between memory lines (default: ${DEFAULT-VALUE})")
    int reportSeconds;

    private final Services services;

    public BenchSoakCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        MnistData data = dataOption.trainingData(services);
        MnistSet test = data.test(2_000, (w, d, t) -> { });
        Checkpoint.Loaded model = services.loader().load(services.models().bundledModel(), false);
        Predictor predictor = new Predictor(model.network(), "soak");
        Optional<DigitGate> gate = DigitGate.load(services.models().gate());
        NumberReader numbers = new NumberReader(predictor, gate, SegmentJudge.load(services.models().segmentJudge()));
        Explainer explainer = new Explainer(predictor.copyOfNetwork());
        NearestDigits nearest = new NearestDigits(test, NearestDigits.embedAll(explainer, test, i -> { }, () -> false),
                explainer.embeddingSize());
        NumberLayouts layouts = new NumberLayouts(test);
        Path work = Files.createTempDirectory("digitpad-soak");
        try {
            Path personal = personalSet(work.resolve("personal"), test);
            List<Long> rss = new ArrayList<>();
            long began = System.nanoTime();
            long nextReport = 0;
            Random random = new Random(1);
            for (int round = 1; elapsed(began) < minutes * 60; round++) {
                for (int i = 0; i < 100; i++) {
                    Verdict.read(predictor, gate, BenchCommand.enlarge(test.image(random.nextInt(test.size()))));
                }
                for (int i = 0; i < 10; i++) {
                    numbers.read(layouts.make(random, 2 + random.nextInt(5), NumberLayouts.Gap.values()[i % 3]).image());
                }
                for (int i = 0; i < 3; i++) {
                    GrayImage drawing = BenchCommand.enlarge(test.image(random.nextInt(test.size())));
                    Explanation.of(explainer, drawing, -1, nearest);
                }
                if (round % every == 0) {
                    fineTune(data, personal, work.resolve("fine-tune-" + round));
                    trainShortRun(data, work.resolve("run-" + round));
                }
                if (elapsed(began) >= nextReport) {
                    ProcessMemory.Reading m = ProcessMemory.read();
                    rss.add(m.residentBytes());
                    services.out().printf(Locale.ROOT, "%6.0f s  round %4d  %s, collections asked %d%n", elapsed(began),
                            round, m.describe(), MemoryWatch.collections());
                    services.out().flush();
                    nextReport = (long) elapsed(began) + reportSeconds;
                }
            }
            summarize(rss);
            return 0;
        } finally {
            BenchStartCommand.deleteTree(work);
        }
    }

    private static double elapsed(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    /** 50 test digits as a personal set, the size of a set a user teaches in one sitting. */
    private static Path personalSet(Path folder, MnistSet test) throws Exception {
        List<PersonalData.Item> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(new PersonalData.Item("soak-" + i, test.label(i), test.image(i)));
        }
        new PersonalSet(folder).addAll(items, "bench soak");
        return folder;
    }

    private void fineTune(MnistData data, Path personal, Path out) throws Exception {
        new FineTuner(services.architectures(), services.loader(), services.appVersion())
                .run(new FineTuner.Request(services.models().defaultModel(), PersonalData.open(personal), data,
                        FineTune.standard(), 1, resume -> RunFolder.prepare(out, null, false), 0), e -> { }, () -> false);
    }

    private void trainShortRun(MnistData data, Path out) throws Exception {
        TrainingConfig c = TrainingConfig.defaults();
        TrainingConfig config = new TrainingConfig(c.architecture(), 1, c.batchSize(), c.learningRate(), 1, 3_000,
                1_000, 1, 1, c.augmentation());
        new TrainingJob(services.architectures(), services.loader(), services.appVersion())
                .run(new TrainingJob.Request(config, data, null, r -> RunFolder.prepare(out, null, false), false),
                        e -> { }, () -> false);
    }

    /** Peak, and growth over the last third of the run (the goal: none). */
    private void summarize(List<Long> rss) {
        if (rss.isEmpty()) {
            return;
        }
        long peak = rss.stream().mapToLong(Long::longValue).max().orElse(0);
        int third = Math.max(1, rss.size() / 3);
        List<Long> last = rss.subList(rss.size() - third, rss.size());
        long lastMax = last.stream().mapToLong(Long::longValue).max().orElse(0);
        long earlierMax = rss.subList(0, rss.size() - third).stream().mapToLong(Long::longValue).max().orElse(0);
        services.out().printf(Locale.ROOT, "resident peak %.0f MB; last third's peak %.0f MB against %.0f MB before it "
                        + "(%s)%n", peak / 1e6, lastMax / 1e6, earlierMax / 1e6,
                earlierMax == 0 || lastMax <= earlierMax ? "no growth" : String.format(Locale.ROOT, "grew %.0f MB",
                        (lastMax - earlierMax) / 1e6));
    }
}
