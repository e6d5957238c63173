package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Examples come back from the deflated store exactly as they went in, across pages, and take less room. */
class ExampleStoreTest {

    @Test
    void recordsReadBackExactlyAcrossManyPages() {
        int bytes = 2 * 28 * 28;
        ExampleStore store = new ExampleStore(bytes);
        SplittableRandom random = new SplittableRandom(3);
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            byte[] r = new byte[bytes];
            int inked = i % 3 == 0 ? bytes : bytes / 5;
            for (int k = 0; k < inked; k++) {
                r[random.nextInt(bytes)] = (byte) random.nextInt(256);
            }
            store.add(r);
            kept.add(r);
        }
        assertTrue(store.compressedBytes() > 4L << 20, "the records span several pages");
        byte[] back = new byte[bytes];
        for (int i : new int[] {0, 1, 2, 2_999, 5_998, 5_999}) {
            store.read(i, back);
            assertArrayEquals(kept.get(i), back, "record " + i);
        }
        assertEquals(6_000, store.size());
    }

    @Test
    void anyRecordReadsBackInAnyOrderWhileTheStoreGrowsAndOutOfRangeIsRefused() {
        int bytes = 2 * 28 * 28;
        ExampleStore store = new ExampleStore(bytes);
        SplittableRandom random = new SplittableRandom(5);
        List<byte[]> kept = new ArrayList<>();
        byte[] back = new byte[bytes];
        for (int i = 0; i < 5 * ExampleStore.BLOCK + 3; i++) {
            byte[] r = new byte[bytes];
            for (int k = 0; k < 40; k++) {
                r[random.nextInt(bytes)] = (byte) (1 + random.nextInt(255));
            }
            store.add(r);
            kept.add(r);
            int earlier = random.nextInt(kept.size());
            store.read(earlier, back);
            assertArrayEquals(kept.get(earlier), back, "record " + earlier + " of " + kept.size());
            store.read(i, back);
            assertArrayEquals(r, back, "the newest record, " + i);
        }
        for (int n = 0; n < 500; n++) {
            int i = random.nextInt(kept.size());
            store.read(i, back);
            assertArrayEquals(kept.get(i), back, "record " + i + " read in shuffled order");
        }
        assertThrows(IndexOutOfBoundsException.class, () -> store.read(kept.size(), back));
    }

    @Test
    void mostlyBlackViewsTakeAFractionOfTheirSizeAndFloatsComeBackBitForBit() {
        ExampleStore store = ExampleStore.ofFloats(784);
        float[] digit = new float[784];
        for (int y = 6; y < 22; y++) {
            digit[y * 28 + 13] = 0.8f + y / 1000f;
            digit[y * 28 + 14] = 1f / 3;
        }
        for (int i = 0; i < 100; i++) {
            store.addFloats(digit);
        }
        float[] back = new float[2 * 784];
        store.readFloats(57, back, 784);
        for (int k = 0; k < 784; k++) {
            assertEquals(Float.floatToRawIntBits(digit[k]), Float.floatToRawIntBits(back[784 + k]), "value " + k);
        }
        assertTrue(store.compressedBytes() < 4L << 20 && store.size() == 100);
        assertThrows(IllegalArgumentException.class, () -> store.add(new byte[10]));
    }
}
