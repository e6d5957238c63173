package app.digitpad.explain;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Forward;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The training digits a drawing is closest to in the network's last hidden layer, so "it looks like these
 * 1s" can be shown: each training image's embedding is kept as a unit vector and a query is compared to
 * all of them by cosine similarity (a scan takes milliseconds; no index needed). The digits searched are
 * MNIST's first {@link #SEARCHED} training digits, not all 60,000: embedding is a forward pass per digit
 * (bncnn: about 1,450 a second on this project's 2-core machine, so 41 s for 60,000 against 14 s for
 * 20,000), and 2,000 of each digit on average still hold close look-alikes for a drawing.
 * Immutable once built; any thread.
 */
public final class NearestDigits {

    /** How many neighbours the window and the PNG show. */
    public static final int SHOWN = 8;
    /** How many of MNIST's training digits (the first ones) are searched. */
    public static final int SEARCHED = 20_000;
    /** Images per forward pass while embedding: measured 47 s for 60,000 at 64 against 65 s at 500 (smaller activations). */
    static final int BATCH = 64;

    private final MnistSet images;
    private final float[] unit;
    private final int size;

    /** One training digit near the query; {@code image} is the 28x28 input the network saw for it. */
    public record Neighbour(int index, int label, float similarity, float[] image) {
    }

    /** {@code vectors}: {@code images.size()} rows of {@code size} values, in the images' order. */
    public NearestDigits(MnistSet images, float[] vectors, int size) {
        if (vectors.length != (long) images.size() * size) {
            throw new IllegalArgumentException(vectors.length + " values do not make " + images.size()
                    + " vectors of " + size);
        }
        this.images = images;
        this.size = size;
        this.unit = vectors.clone();
        for (int row = 0; row < images.size(); row++) {
            normalize(unit, row * size, size);
        }
    }

    /** Embeds every image (prepared as for training), reporting images done; null when cancelled. */
    public static float[] embedAll(Explainer explainer, MnistSet prepared, IntConsumer progress,
                                   BooleanSupplier cancelled) {
        int n = explainer.embeddingSize();
        float[] all = new float[prepared.size() * n];
        try {
            for (int from = 0; from < prepared.size(); from += BATCH) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                int to = Math.min(prepared.size(), from + BATCH);
                List<float[]> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    batch.add(prepared.image(i));
                }
                System.arraycopy(explainer.embed(batch), 0, all, from * n, (to - from) * n);
                progress.accept(to);
            }
            return all;
        } finally {
            Forward.releaseThreadMemory();
        }
    }

    public int count() {
        return images.size();
    }

    /** The {@code k} training digits most similar to this embedding, most similar first. */
    public List<Neighbour> nearest(float[] embedding, int k) {
        if (embedding.length != size) {
            throw new IllegalArgumentException("embedding of " + embedding.length + " values, the index holds " + size);
        }
        float[] q = embedding.clone();
        normalize(q, 0, size);
        PriorityQueue<float[]> best = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(a[0], b[0]));
        for (int row = 0; row < images.size(); row++) {
            float dot = 0;
            int base = row * size;
            for (int j = 0; j < size; j++) {
                dot += unit[base + j] * q[j];
            }
            if (best.size() < k || dot > best.peek()[0]) {
                best.add(new float[] {dot, row});
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<Neighbour> out = new ArrayList<>();
        while (!best.isEmpty()) {
            float[] e = best.poll();
            int row = (int) e[1];
            out.add(0, new Neighbour(row, images.label(row), e[0], images.image(row)));
        }
        return out;
    }

    private static void normalize(float[] v, int from, int n) {
        double norm = 0;
        for (int j = from; j < from + n; j++) {
            norm += v[j] * v[j];
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int j = from; j < from + n; j++) {
                v[j] *= inv;
            }
        }
    }
}
