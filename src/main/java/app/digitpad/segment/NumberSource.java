package app.digitpad.segment;

import java.util.Random;

/**
 * Where a number benchmark's numbers come from: MNIST's or a folder's digits ({@link NumberLayouts}), or digits
 * rendered in fonts ({@link FontNumbers}, an outside test). Called on the benchmark's thread; the numbers depend
 * only on the random source given.
 */
public interface NumberSource {

    /** A number of {@code length} digits with gaps of the given kind. */
    NumberLayouts.Layout make(Random random, int length, NumberLayouts.Gap gap);
}
