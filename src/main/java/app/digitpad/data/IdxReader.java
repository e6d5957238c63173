package app.digitpad.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST's IDX files, gzip-compressed or plain, and refuses anything that is not exactly one:
 * the magic number, the counts, the 28x28 size and the byte length are all checked, because a
 * truncated download otherwise trains silently on zeros.
 */
public final class IdxReader {

    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;

    private IdxReader() {
    }

    /** Reads an images file ({@code idx3-ubyte}); returns count x 784 bytes. */
    public static byte[] readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(file, in, IMAGES_MAGIC, "an IDX images file");
            int count = readHeaderInt(file, in, "image count");
            int rows = readHeaderInt(file, in, "row count");
            int cols = readHeaderInt(file, in, "column count");
            if (rows != MnistSet.SIDE || cols != MnistSet.SIDE) {
                throw new DataFormatException(file, "28x28 images", rows + "x" + cols);
            }
            return readBody(file, in, (long) count * MnistSet.PIXELS, count + " images of 28x28");
        }
    }

    /** Reads a labels file ({@code idx1-ubyte}); every label must be a digit 0-9. */
    public static byte[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(file, in, LABELS_MAGIC, "an IDX labels file");
            int count = readHeaderInt(file, in, "label count");
            byte[] labels = readBody(file, in, count, count + " labels");
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] > 9) {
                    throw new DataFormatException(file, "labels 0-9", (labels[i] & 0xFF) + " at index " + i);
                }
            }
            return labels;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file, "a readable file", "nothing");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            try {
                raw = new GZIPInputStream(raw, 1 << 16);
            } catch (ZipException | EOFException e) {
                raw.close();
                throw new DataFormatException(file, "a gzip file", "no gzip header (" + e.getMessage() + ")");
            }
        }
        return new DataInputStream(raw);
    }

    private static void expectMagic(Path file, DataInputStream in, int magic, String what) throws IOException {
        int found;
        try {
            found = in.readInt();
        } catch (EOFException e) {
            throw new DataFormatException(file, what + " (magic number " + magic + ")", "end of file");
        }
        if (found != magic) {
            throw new DataFormatException(file, what + " (magic number " + magic + ")", "magic number " + found);
        }
    }

    private static int readHeaderInt(Path file, DataInputStream in, String what) throws IOException {
        try {
            int value = in.readInt();
            if (value < 0) {
                throw new DataFormatException(file, "a non-negative " + what, String.valueOf(value));
            }
            return value;
        } catch (EOFException e) {
            throw new DataFormatException(file, "a complete IDX header (" + what + ")", "end of file");
        }
    }

    private static byte[] readBody(Path file, DataInputStream in, long expected, String what) throws IOException {
        if (expected > Integer.MAX_VALUE - 8) {
            throw new DataFormatException(file, "a body of at most 2 GB", expected + " bytes announced");
        }
        byte[] body = new byte[(int) expected];
        int read;
        try {
            read = in.readNBytes(body, 0, body.length);
        } catch (EOFException | ZipException e) {
            throw new DataFormatException(file, what + " (" + expected + " bytes)",
                    "a truncated or damaged gzip stream (" + e.getMessage() + ")");
        }
        if (read < expected) {
            throw new DataFormatException(file, what + " (" + expected + " bytes)", "only " + read + " bytes");
        }
        try {
            if (in.read() != -1) {
                drainForDamage(file, in);
                throw new DataFormatException(file, what + " (" + expected + " bytes)", "extra bytes after them");
            }
        } catch (EOFException | ZipException e) {
            throw damaged(file, e);
        }
        return body;
    }

    /**
     * Extra bytes in a gzip file usually mean a damaged stream rather than a longer file: reading on until
     * the gzip check fails tells the two apart, so the user hears "damaged", not "too long".
     */
    private static void drainForDamage(Path file, DataInputStream in) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return;
        }
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException | ZipException e) {
            throw damaged(file, e);
        }
    }

    private static DataFormatException damaged(Path file, IOException e) {
        return new DataFormatException(file, "an intact gzip file",
                "a damaged file: its gzip check failed (" + e.getMessage() + "); download it again");
    }
}
