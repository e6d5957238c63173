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
 * memory budget: the touching-digits judge's 20,000 numbers (with people's doodles) are 800,000 2x28x28 views,
 * 1.25 GB as plain bytes, and a view is mostly black. Records are deflated {@link #BLOCK} at a time in large
 * pages, so any one can be read back by inflating its block alone (a shuffled batch reads 64 of them).
 *
 * <p>Written by one thread, then read by one thread at a time (the training loop's); not thread-safe, reads
 * included (the last block read is kept for the next).
 */
public final class ExampleStore {

    /**
     * Records deflated together. The judge's views took 553 bytes each deflated alone, 294 sixteen together (the
     * command's peak memory went over 1 GB with them alone); reading one inflates 16 (25 KB), far less than a
     * training step's own work.
     */
    static final int BLOCK = 16;
    /** Bytes per page: few enough objects for the collector, small enough to waste little at the end. */
    private static final int PAGE = 4 << 20;

    private final int recordBytes;
    private final int pageBytes;
    private final List<byte[]> pages = new ArrayList<>();
    /** Where each deflated block starts, in the pages taken end to end. */
    private long[] starts = new long[1024];
    private int size;
    private long used;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final Inflater inflater = new Inflater();
    private final byte[] scratch;
    /** The records of the block being filled, not yet deflated. */
    private final byte[] filling;
    /** The last deflated block read, inflated, and which it is (-1: none). */
    private final byte[] lastBlock;
    private int lastBlockIndex = -1;
    /** One record's plain bytes, reused by {@link #addFloats} and {@link #readFloats}. */
    private final byte[] plain;

    /** A store of records of exactly {@code recordBytes} bytes each. */
    public ExampleStore(int recordBytes) {
        this.recordBytes = recordBytes;
        this.filling = new byte[BLOCK * recordBytes];
        this.lastBlock = new byte[BLOCK * recordBytes];
        this.scratch = new byte[filling.length + filling.length / 100 + 64];
        this.pageBytes = Math.max(PAGE, scratch.length);
        this.plain = new byte[recordBytes];
    }

    /** A store of records of {@code values} floats each. */
    public static ExampleStore ofFloats(int values) {
        return new ExampleStore(values * Float.BYTES);
    }

    public int size() {
        return size;
    }

    /** Bytes held, deflated blocks and the block being filled, for reports and tests. */
    public long compressedBytes() {
        return used + (long) (size % BLOCK) * recordBytes;
    }

    public void add(byte[] record) {
        if (record.length != recordBytes) {
            throw new IllegalArgumentException("a record of " + record.length + " bytes in a store of " + recordBytes);
        }
        System.arraycopy(record, 0, filling, (size % BLOCK) * recordBytes, recordBytes);
        size++;
        if (size % BLOCK == 0) {
            deflateFilling();
        }
    }

    public void addFloats(float[] values) {
        ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
        add(plain);
    }

    /** Record {@code index} into {@code into} (at least the record's length). */
    public void read(int index, byte[] into) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("record " + index + " of " + size);
        }
        int block = index / BLOCK;
        byte[] from = block == size / BLOCK ? filling : inflated(block);
        System.arraycopy(from, (index % BLOCK) * recordBytes, into, 0, recordBytes);
    }

    /** Record {@code index} as floats, into {@code into} from {@code offset}. */
    public void readFloats(int index, float[] into, int offset) {
        read(index, plain);
        ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, offset, recordBytes / Float.BYTES);
    }

    /** Deflated block {@code block} (all {@link #BLOCK} records), inflated into {@link #lastBlock}. */
    private byte[] inflated(int block) {
        if (block == lastBlockIndex) {
            return lastBlock;
        }
        long start = starts[block];
        int length = (int) ((block + 1 < size / BLOCK ? starts[block + 1] : used) - start);
        inflater.reset();
        inflater.setInput(pages.get((int) (start / pageBytes)), (int) (start % pageBytes), length);
        try {
            if (inflater.inflate(lastBlock) != lastBlock.length) {
                throw new IllegalStateException("block " + block + " inflated short");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("block " + block + " is damaged: " + e.getMessage(), e);
        }
        lastBlockIndex = block;
        return lastBlock;
    }

    /** Deflates the full block being filled into the last page, or a new one when it does not fit. */
    private void deflateFilling() {
        deflater.reset();
        deflater.setInput(filling);
        deflater.finish();
        int n = deflater.deflate(scratch);
        if (!deflater.finished()) {
            throw new IllegalStateException("a block grew beyond " + scratch.length + " bytes when deflated");
        }
        long inPage = used % pageBytes;
        if (pages.isEmpty() || inPage + n > pageBytes) {
            if (!pages.isEmpty()) {
                used += pageBytes - inPage;
            }
            pages.add(new byte[pageBytes]);
        }
        int block = size / BLOCK - 1;
        if (block == starts.length) {
            starts = Arrays.copyOf(starts, block * 2);
        }
        starts[block] = used;
        System.arraycopy(scratch, 0, pages.get(pages.size() - 1), (int) (used % pageBytes), n);
        used += n;
    }
}
