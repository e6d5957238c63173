package app.digitpad.cli;

import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.model.Backend;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingSpeed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code digitpad bench}: the speed figures BENCHMARKS.md records. Training images/s per batch size over
 * one epoch's worth of timed iterations after a warm-up (a few hundred iterations left the figures to the
 * JIT compiler and the machine's noise), and canvas-to-probabilities latency (normalizer + forward pass) on
 * 280x280 renderings of test digits, as the drawing pad sees them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training and prediction speed.",
        subcommands = {BenchStartCommand.Start.class, BenchStartCommand.FineTuneBench.class, BenchSoakCommand.class,
                BenchNumbersCommand.class})
public final class BenchCommand implements Callable<Integer> {

    /** Canvas size of the drawing pad, in pixels; each MNIST pixel becomes a 10x10 block. */
    static final int CANVAS = 280;

    @Mixin
    DataOption dataOption;
    @Option(names = "--arch", defaultValue = "tutorial")
    String arch;
    @Option(names = "--batches", split = ",", converter = Counts.AtLeastOne.class, defaultValue = "32,64,128", description = "batch sizes (default: ${DEFAULT-VALUE})")
    List<Integer> batches;
    @Option(names = "--iterations", converter = Counts.AtLeastOne.class, description = "timed iterations per batch size (default: one epoch, 60,000 / batch)")
    Integer iterations;
    @Option(names = "--warmup", converter = Counts.AtLeastZero.class, defaultValue = "50", description = "untimed iterations first (default: ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--predictions", converter = Counts.AtLeastOne.class, defaultValue = "10000", description = "timed single-image predictions (default: ${DEFAULT-VALUE})")
    int predictions;

    private final Services services;

    public BenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        services.out().printf("natives: %s; cores: %d%n", Backend.nativeInfo().summary(),
                Runtime.getRuntime().availableProcessors());
        MnistLoader loader = dataOption.loader(services);
        try (TrainingSpeed speed = new TrainingSpeed(loader.train())) {
            for (int batch : batches) {
                int timed = iterations == null ? speed.stepsPerEpoch(batch) : iterations;
                double rate = speed.imagesPerSecond(
                        services.architectures().build(arch, 1, TrainingConfig.DEFAULT_LEARNING_RATE), batch, warmup, timed);
                services.out().printf(Locale.ROOT, "train %s batch %d: %.0f images/s (%d iterations after %d warm-up)%n",
                        arch, batch, rate, timed, warmup);
                services.out().flush();
            }
        }
        latency(loader.test());
        return 0;
    }

    private void latency(MnistSet test) throws Exception {
        Predictor predictor = new Predictor(services.architectures().build(arch, 1, 1e-3), arch);
        GrayImage[] canvases = new GrayImage[100];
        for (int i = 0; i < canvases.length; i++) {
            canvases[i] = enlarge(test.image(i));
        }
        for (int i = 0; i < 500; i++) {
            predictor.predict(canvases[i % canvases.length]);
        }
        long[] nanos = new long[predictions];
        Memory before = Memory.now();
        StringBuilder rss = new StringBuilder();
        for (int i = 0; i < predictions; i++) {
            long t = System.nanoTime();
            predictor.predict(canvases[i % canvases.length]);
            nanos[i] = System.nanoTime() - t;
            if ((i + 1) % (predictions / 4) == 0) {
                rss.append(String.format(Locale.ROOT, " %.0f", org.bytedeco.javacpp.Pointer.physicalBytes() / 1e6));
            }
        }
        Memory after = Memory.now();
        Arrays.sort(nanos);
        services.out().printf(Locale.ROOT, "predict %dx%d canvas -> probabilities: p50 %.3f ms, p99 %.3f ms (%d predictions)%n",
                CANVAS, CANVAS, nanos[predictions / 2] / 1e6, nanos[(int) (predictions * 0.99)] / 1e6, predictions);
        long[] prep = new long[predictions];
        for (int i = 0; i < predictions; i++) {
            long t = System.nanoTime();
            DigitNormalizer.normalize(canvases[i % canvases.length]);
            prep[i] = System.nanoTime() - t;
        }
        Arrays.sort(prep);
        services.out().printf(Locale.ROOT, "  of which preprocessing (canvas -> 28x28) alone: p50 %.3f ms, p99 %.3f ms%n",
                prep[predictions / 2] / 1e6, prep[(int) (predictions * 0.99)] / 1e6);
        services.out().printf(Locale.ROOT, "memory over those predictions: heap after GC %.1f -> %.1f MB, "
                + "process RSS %.1f -> %.1f MB, JavaCPP-tracked native %.1f -> %.1f MB%n",
                before.heapMb(), after.heapMb(), before.rssMb(), after.rssMb(), before.nativeMb(), after.nativeMb());
        services.out().println("process RSS (MB) after each quarter of the predictions:" + rss);
    }

    /** Heap after a GC, the process's resident memory and ND4J's native allocations, in MB. */
    private record Memory(double heapMb, double rssMb, double nativeMb) {
        /** After two collections a second apart, so native memory freed by ND4J's deallocator thread counts. */
        static Memory now() throws InterruptedException {
            for (int i = 0; i < 2; i++) {
                System.gc();
                Thread.sleep(1000);
            }
            Runtime rt = Runtime.getRuntime();
            return new Memory((rt.totalMemory() - rt.freeMemory()) / 1e6,
                    org.bytedeco.javacpp.Pointer.physicalBytes() / 1e6, org.bytedeco.javacpp.Pointer.totalBytes() / 1e6);
        }
    }

    /** A test digit drawn at canvas size: each pixel a 10x10 block, as a coarse brush would paint it. */
    static GrayImage enlarge(float[] digit28) {
        int f = CANVAS / MnistSet.SIDE;
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                ink[y * CANVAS + x] = digit28[(y / f) * MnistSet.SIDE + x / f];
            }
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }
}
