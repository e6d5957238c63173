package app.digitpad.training;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Training examples kept compressed, losslessly, so a helper network's training set fits in a command's
 * memory budget: the touching-digits judge's 16,000 numbers are half a million 2x28x28 views, 880 MB as plain
 * bytes, and a view is mostly black, which deflates several times over. Each example is its own deflated
 * record in large pages, so any one can be read back alone (a shuffled batch reads 64 of them).
 *
 * <p>Written by one thread, then read by one thread at a time (the training loop's); not thread-safe.
 */
public final class ExampleStore {

    /** Bytes per page: few enough objects for the collector, small enough to waste little at the end. */
    private static final int PAGE = 4 << 20;

    private final int recordBytes;
    private final List<byte[]> pages = new ArrayList<>();
    private long[] starts = new long[1024];
    private int size;
    private long used;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Inflater inflater = new Inflater();
    private final byte[] scratch;
    /** One record's plain bytes, reused by {@link #addFloats} and {@link #readFloats}. */
    private final byte[] plain;

    /** A store of records of exactly {@code recordBytes} bytes each. */
    public ExampleStore(int recordBytes) {
        this.recordBytes = recordBytes;
        this.scratch = new byte[recordBytes + recordBytes / 100 + 64];
        this.plain = new byte[recordBytes];
    }

    /** A store of records of {@code values} floats each. */
    public static ExampleStore ofFloats(int values) {
        return new ExampleStore(values * Float.BYTES);
    }

    public int size() {
        return size;
    }

    /** Compressed bytes held, for reports and tests. */
    public long compressedBytes() {
        return used;
    }

    public void add(byte[] record) {
        if (record.length != recordBytes) {
            throw new IllegalArgumentException("a record of " + record.length + " bytes in a store of " + recordBytes);
        }
        deflater.reset();
        deflater.setInput(record);
        deflater.finish();
        int n = deflater.deflate(scratch);
        if (!deflater.finished()) {
            throw new IllegalStateException("a record grew beyond " + scratch.length + " bytes when deflated");
        }
        append(scratch, n);
    }

    public void addFloats(float[] values) {
        ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
        add(plain);
    }

    /** Record {@code index} into {@code into} (at least the record's length). */
    public void read(int index, byte[] into) {
        long start = starts[index];
        int length = (int) ((index + 1 < size ? starts[index + 1] : used) - start);
        byte[] page = pages.get((int) (start / PAGE));
        inflater.reset();
        inflater.setInput(page, (int) (start % PAGE), length);
        try {
            if (inflater.inflate(into, 0, recordBytes) != recordBytes) {
                throw new IllegalStateException("record " + index + " inflated short");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("record " + index + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Record {@code index} as floats, into {@code into} from {@code offset}. */
    public void readFloats(int index, float[] into, int offset) {
        read(index, plain);
        ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, offset, recordBytes / Float.BYTES);
    }

    /** Puts a record in the last page, or a new one when it does not fit (a record never spans two pages). */
    private void append(byte[] record, int n) {
        long inPage = used % PAGE;
        if (pages.isEmpty() || inPage + n > PAGE) {
            if (!pages.isEmpty()) {
                used += PAGE - inPage;
            }
            pages.add(new byte[PAGE]);
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
        }
        starts[size++] = used;
        System.arraycopy(record, 0, pages.get(pages.size() - 1), (int) (used % PAGE), n);
        used += n;
    }
}
