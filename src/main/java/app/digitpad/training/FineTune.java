package app.digitpad.training;

/**
 * How a checkpoint is fine-tuned on someone's own digits. The step size is the parent's own decayed
 * schedule continued (a resumed network keeps its updater), which after a full recipe is already small
 * (bncnn: 1.5e-3 x 0.9^24, about 1.2e-4), so a few epochs adapt without tearing up what MNIST taught.
 *
 * @param epochs           epochs added to the parent's: few, so a fine-tune takes seconds
 * @param replayImages     MNIST training digits mixed into every epoch, so the model does not forget MNIST
 * @param personalPerEpoch personal digits per epoch, by repeating the set (each copy augmented anew)
 * @param batchSize        small, so a few hundred personal digits still make many steps
 * @param epochTestImages  MNIST test digits measured after each epoch: a quick check while it runs; the
 *                         child is measured on the whole test set once at the end
 */
public record FineTune(int epochs, int replayImages, int personalPerEpoch, int batchSize, int epochTestImages) {

    /** The standard recipe's epochs, a constant so that the CLI's help can name it. */
    public static final int STANDARD_EPOCHS = 2;
    /** The window's upper end: an epoch of the standard recipe is about 15 s on 2 cores, ten 2.5 minutes. */
    public static final int MAX_EPOCHS = 10;

    public FineTune {
        if (epochs < 1 || replayImages < 0 || personalPerEpoch < 1 || batchSize < 1 || epochTestImages < 1) {
            throw new IllegalArgumentException("fine-tune needs at least 1 epoch, 1 personal digit per epoch and "
                    + "a batch of 1; replay may be 0");
        }
    }

    /**
     * Two epochs of 3,000 MNIST digits and 500 personal ones: on this project's 2-core machine 50 drawings
     * go into the default model in under 30 s, and MNIST test accuracy dropped 0.09 points where 2,000
     * replay digits dropped it 0.16 (BENCHMARKS.md).
     */
    public static FineTune standard() {
        return new FineTune(STANDARD_EPOCHS, 3000, 500, 64, 2000);
    }

    /** The same recipe over another number of epochs. */
    public FineTune withEpochs(int count) {
        return new FineTune(count, replayImages, personalPerEpoch, batchSize, epochTestImages);
    }

    /** How many times the personal training digits are repeated per epoch (at least once). */
    public int repeats(int personalDigits) {
        return Math.max(1, (int) Math.ceil((double) personalPerEpoch / Math.max(1, personalDigits)));
    }
}
