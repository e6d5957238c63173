package app.digitpad.personal;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.IdxReader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.ImageFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves personal digits in and out in formats other tools read: MNIST's IDX pair and a folder of PNGs named
 * with their label first. IDX images are network inputs already (28x28, framed as MNIST's are), so they are
 * taken as they are and an export imports back bit for bit; an image file goes through the one preprocessing
 * path like every image. An import is all or nothing (a bad file refuses it, named); every file an export
 * writes is written atomically. Any thread; calls touch the disk.
 */
public final class PersonalTransfer {

    /** File names an export writes and an import looks for (plain or .gz). */
    public static final String IDX_IMAGES = "personal-images-idx3-ubyte";
    public static final String IDX_LABELS = "personal-labels-idx1-ubyte";
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;

    private PersonalTransfer() {
    }

    /** Writes the digits as an IDX pair and as {@code <label>_<id>.png}, both of their 28x28 inputs. */
    public static int export(List<PersonalDigit> digits, Path dir) throws IOException {
        Files.createDirectories(dir);
        int side = DigitNormalizer.SIDE;
        ByteBuffer images = ByteBuffer.allocate(16 + digits.size() * side * side);
        images.putInt(IMAGES_MAGIC).putInt(digits.size()).putInt(side).putInt(side);
        ByteBuffer labels = ByteBuffer.allocate(8 + digits.size());
        labels.putInt(LABELS_MAGIC).putInt(digits.size());
        for (PersonalDigit d : digits) {
            float[] input = d.networkInput().orElse(d.savedInput());
            BufferedImage png = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            for (int i = 0; i < input.length; i++) {
                int grey = Math.round(Math.max(0, Math.min(1, input[i])) * 255f);
                images.put((byte) grey);
                png.getRaster().setSample(i % side, i / side, 0, grey);
            }
            labels.put((byte) d.label());
            ImageFiles.writePng(png, dir.resolve(d.label() + "_" + d.id() + ".png"));
        }
        AtomicFiles.write(dir.resolve(IDX_IMAGES), images.array());
        AtomicFiles.write(dir.resolve(IDX_LABELS), labels.array());
        return digits.size();
    }

    /** Reads a folder to import: an IDX pair when it has one, else its labelled images. */
    public static List<PersonalData.Item> read(Path dir) throws IOException {
        Optional<Path> images = idx(dir, IDX_IMAGES);
        Optional<Path> labels = idx(dir, IDX_LABELS);
        if (images.isPresent() && labels.isPresent()) {
            return readIdx(images.get(), labels.get());
        }
        List<PersonalData.Item> items = new ArrayList<>();
        for (LabelledImages.Labelled l : LabelledImages.read(dir)) {
            items.add(new PersonalData.Item(l.file().getFileName().toString(), l.label(), l.input()));
        }
        return items;
    }

    private static List<PersonalData.Item> readIdx(Path imagesFile, Path labelsFile) throws IOException {
        byte[] pixels = IdxReader.readImages(imagesFile);
        byte[] labels = IdxReader.readLabels(labelsFile);
        int count = pixels.length / MnistSet.PIXELS;
        if (count != labels.length) {
            throw new IOException(labelsFile + ": " + labels.length + " labels for the " + count + " images of "
                    + imagesFile.getFileName() + "; nothing was imported");
        }
        MnistSet set = new MnistSet(imagesFile.getFileName().toString(), pixels, labels);
        List<PersonalData.Item> items = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            items.add(new PersonalData.Item(imagesFile.getFileName() + "#" + i, set.label(i), set.image(i)));
        }
        return items;
    }

    private static Optional<Path> idx(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(name)
                    || p.getFileName().toString().equals(name + ".gz")).findFirst();
        }
    }
}
