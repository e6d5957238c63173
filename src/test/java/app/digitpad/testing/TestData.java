package app.digitpad.testing;

import app.digitpad.data.DataLocator;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.MnistPreprocessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The real MNIST files for tests: {@code -Ddigitpad.data}, then {@code DIGITPAD_DATA}, then the
 * {@code ../shared/mnist} folder every developer and CI machine has. Missing data fails the test loudly:
 * skipping would turn a broken CI into a green one. Loaded splits are cached per test JVM.
 */
public final class TestData {

    private static MnistSet train;
    private static MnistSet test;
    private static MnistSet real;
    private static MnistSet preprocessedTest;

    private TestData() {
    }

    public static Path mnistDir() {
        String property = System.getProperty("digitpad.data");
        String env = System.getenv(DataLocator.ENV_VAR);
        Path dir = notBlank(property) ? Path.of(property) : notBlank(env) ? Path.of(env) : Path.of("../shared/mnist");
        if (!DataLocator.missing(dir).isEmpty()) {
            throw new IllegalStateException("MNIST not found in " + dir.toAbsolutePath()
                    + " (set -Ddigitpad.data or DIGITPAD_DATA); missing " + DataLocator.missing(dir));
        }
        return dir;
    }

    /**
     * The 237 real handwritten digits of 23 writers in {@code ../shared/realdigits}, normalized by the one path:
     * writers no model or judge here was trained on. Missing, the test fails loudly.
     */
    public static synchronized MnistSet realDigits() {
        if (real == null) {
            Path dir = Path.of("../shared/realdigits");
            try {
                if (!app.digitpad.personal.LabelledImages.hasLabelledImages(dir)) {
                    throw new IllegalStateException("no labelled digits in " + dir.toAbsolutePath());
                }
                real = app.digitpad.personal.PersonalData.toSet("realdigits",
                        app.digitpad.personal.PersonalData.open(dir).items());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + dir.toAbsolutePath(), e);
            }
        }
        return real;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public static synchronized MnistSet train() {
        if (train == null) {
            train = load(true);
        }
        return train;
    }

    public static synchronized MnistSet test() {
        if (test == null) {
            test = load(false);
        }
        return test;
    }

    /**
     * The test split after the same normalizer the trainer and the drawing pad use, normalized once per test
     * JVM (about 3 s on one core) and shared: nothing changes a set's pixels.
     */
    public static synchronized MnistSet preprocessedTest() {
        if (preprocessedTest == null) {
            preprocessedTest = MnistPreprocessor.apply(test());
        }
        return preprocessedTest;
    }

    private static MnistSet load(boolean trainSplit) {
        try {
            MnistLoader loader = new MnistLoader(mnistDir());
            return trainSplit ? loader.train() : loader.test();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes test digit {@code index} as a PNG the way a person's file looks: dark ink on white, enlarged
     * by {@code scale}, placed at ({@code left}, {@code top}) on a {@code size}-pixel square.
     */
    public static Path writeDigitPng(Path dir, int index, int size, int scale, int left, int top) throws IOException {
        float[] digit = test().image(index);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int sx = (x - left) / scale;
                int sy = (y - top) / scale;
                boolean inside = x >= left && y >= top && sx < 28 && sy < 28;
                int grey = 255 - Math.round(255 * (inside ? digit[sy * 28 + sx] : 0));
                img.setRGB(x, y, (grey << 16) | (grey << 8) | grey);
            }
        }
        Path file = dir.resolve("digit-" + index + "-label-" + test().label(index) + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A temp copy of the first {@code bytes} bytes of a file: a truncated download. */
    public static Path truncatedCopy(Path source, Path dir, long bytes) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Path out = dir.resolve(source.getFileName().toString());
        Files.write(out, java.util.Arrays.copyOf(all, (int) Math.min(bytes, all.length)));
        return out;
    }

    /**
     * A folder holding MNIST whose test split is only the first {@code count} test digits (the training
     * files are copied whole): for commands that must run over "the full test set" in a test's time.
     */
    public static Path withFirstTestDigits(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (String f : java.util.List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")) {
            Files.copy(mnistDir().resolve(f), dir.resolve(f));
        }
        MnistSet all = test();
        byte[] images = new byte[count * MnistSet.PIXELS];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            float[] image = all.image(i);
            for (int p = 0; p < MnistSet.PIXELS; p++) {
                images[i * MnistSet.PIXELS + p] = (byte) Math.round(image[p] * 255);
            }
            labels[i] = (byte) all.label(i);
        }
        writeIdx(dir.resolve("t10k-images-idx3-ubyte.gz"), new int[] {0x803, count, MnistSet.SIDE, MnistSet.SIDE}, images);
        writeIdx(dir.resolve("t10k-labels-idx1-ubyte.gz"), new int[] {0x801, count}, labels);
        return dir;
    }

    private static void writeIdx(Path file, int[] header, byte[] body) throws IOException {
        try (var out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))) {
            for (int h : header) {
                out.writeInt(h);
            }
            out.write(body);
        }
    }
}
