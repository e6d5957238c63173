package app.digitpad.training;

/**
 * The loss became NaN or infinite: the weights are ruined, so the run stops at once and says what to try.
 * Checkpoints of earlier epochs stay as they were.
 */
public class TrainingDivergedException extends RuntimeException {

    public TrainingDivergedException(int epoch, int iteration, double loss, double learningRate) {
        super("Training diverged: loss became " + loss + " at epoch " + epoch + ", iteration " + iteration
                + ". Earlier checkpoints are kept. Try a lower learning rate than " + learningRate + ".");
    }
}
