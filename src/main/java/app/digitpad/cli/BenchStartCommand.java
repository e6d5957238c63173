package app.digitpad.cli;

import app.digitpad.checkpoint.RunFolder;
import app.digitpad.personal.FineTuner;
import app.digitpad.personal.PersonalData;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingEvent;
import app.digitpad.training.TrainingJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digitpad bench start} and {@code bench fine-tune}: how long a user waits for a run to start (Start
 * to the first gradient step, with and without the prepared cache) and for a fine-tune to finish, each over
 * several runs in this process, medians reported. Every run writes to a fresh temp folder, removed after.
 */
final class BenchStartCommand {

    private BenchStartCommand() {
    }

    /** Start -> first step of {@code train --limit N}, alternating a cold cache (none) and a warm one. */
    @Command(name = "start", mixinStandardHelpOptions = true, description = "Time Start to the first training step.")
    static final class Start implements Callable<Integer> {
        @Mixin
        DataOption dataOption;
        @Option(names = "--limit", converter = Counts.AtLeastOne.class, defaultValue = "6000", description = "training subset (default: ${DEFAULT-VALUE})")
        int limit;
        @Option(names = "--runs", converter = Counts.AtLeastOne.class, defaultValue = "3", description = "runs of each kind (default: ${DEFAULT-VALUE})")
        int runs;

        private final Services services;

        public Start(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Path cacheDir = Files.createTempDirectory("digitpad-bench-cache");
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            MnistData fill = new MnistData(dataOption.loader(services), new PreparedCache(cacheDir));
            fill.test(null, (w, d, t) -> { });
            fill.train(null, (w, d, t) -> { });
            for (int i = 0; i < runs; i++) {
                cold.add(firstStep(new MnistData(dataOption.loader(services))));
                warm.add(firstStep(new MnistData(dataOption.loader(services), new PreparedCache(cacheDir))));
                services.out().printf(Locale.ROOT, "run %d: no cache %.2f s, prepared cache %.2f s%n", i + 1,
                        cold.get(i), warm.get(i));
                services.out().flush();
            }
            services.out().printf(Locale.ROOT, "Start -> first step (--limit %d, tutorial): median %.2f s without the "
                    + "prepared cache, %.2f s with it%n", limit, median(cold), median(warm));
            return 0;
        }

        private double firstStep(MnistData data) throws Exception {
            TrainingConfig c = TrainingConfig.defaults();
            TrainingConfig config = new TrainingConfig(c.architecture(), 1, c.batchSize(), c.learningRate(), 1, limit,
                    null, 1, 1, c.augmentation());
            Path out = Files.createTempDirectory("digitpad-bench-run");
            long began = System.nanoTime();
            AtomicLong first = new AtomicLong();
            TrainingJob job = new TrainingJob(services.architectures(), services.loader(), services.appVersion());
            job.run(new TrainingJob.Request(config, data, null, r -> RunFolder.prepare(out, null, false), false),
                    e -> {
                        if (e instanceof TrainingEvent.Iteration && first.get() == 0) {
                            first.set(System.nanoTime());
                        }
                    }, () -> first.get() != 0);
            deleteTree(out);
            return (first.get() - began) / 1e9;
        }
    }

    /** A fine-tune of the bundled default model on a folder of digits, timed from start to compared child. */
    @Command(name = "fine-tune", mixinStandardHelpOptions = true, description = "Time fine-tuning on your digits.")
    static final class FineTuneBench implements Callable<Integer> {
        @Mixin
        DataOption dataOption;
        @Parameters(paramLabel = "DIR", description = "a personal set or a folder of labelled images")
        Path personal;
        @Option(names = "--runs", converter = Counts.AtLeastOne.class, defaultValue = "3", description = "fine-tunes (default: ${DEFAULT-VALUE})")
        int runs;

        private final Services services;

        public FineTuneBench(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long began = System.nanoTime();
                PersonalData data = PersonalData.open(personal);
                Path out = Files.createTempDirectory("digitpad-bench-finetune");
                FineTuner.Result r = new FineTuner(services.architectures(), services.loader(), services.appVersion())
                        .run(new FineTuner.Request(services.models().defaultModel(), data,
                                dataOption.trainingData(services), FineTune.standard(), 1,
                                resume -> RunFolder.prepare(out, null, false), 0), e -> { }, () -> false);
                seconds.add((System.nanoTime() - began) / 1e9);
                services.out().printf(Locale.ROOT, "run %d: %.1f s; held-out %d: %.4f -> %.4f, MNIST test %.4f -> %.4f%n",
                        i + 1, seconds.get(i), r.heldOut(), r.parent().personalHeldOut(), r.child().personalHeldOut(),
                        r.parent().mnistTest(), r.child().mnistTest());
                services.out().flush();
                deleteTree(out);
            }
            services.out().printf(Locale.ROOT, "fine-tune of %s on %d digits: median %.1f s over %d runs%n",
                    services.models().defaultModel().getFileName(), PersonalData.open(personal).items().size(),
                    median(seconds), runs);
            return 0;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
