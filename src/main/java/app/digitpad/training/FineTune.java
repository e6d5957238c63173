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
 */
public record FineTune(int epochs, int replayImages, int personalPerEpoch, int batchSize) {

    public FineTune {
        if (epochs < 1 || replayImages < 0 || personalPerEpoch < 1 || batchSize < 1) {
            throw new IllegalArgumentException("fine-tune needs at least 1 epoch, 1 personal digit per epoch and "
                    + "a batch of 1; replay may be 0");
        }
    }

    /** Measured on this project's 2-core machine to fit 50 drawings into the default model in under 30 s. */
    public static FineTune standard() {
        return new FineTune(3, 3000, 1000, 64);
    }

    /** How many times the personal training digits are repeated per epoch (at least once). */
    public int repeats(int personalDigits) {
        return Math.max(1, (int) Math.ceil((double) personalPerEpoch / Math.max(1, personalDigits)));
    }
}
