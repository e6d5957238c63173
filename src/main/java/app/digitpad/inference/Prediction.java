package app.digitpad.inference;

/**
 * The network's answer for one image: the ten probabilities and the winner. {@link #confident()} lets a
 * view say "not sure" instead of pretending when the best guess is weak.
 */
public record Prediction(int digit, float[] probabilities) {

    /** Below this top probability the answer is shown as a guess. */
    public static final float CONFIDENCE_THRESHOLD = 0.6f;

    public static Prediction of(float[] probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(best, probabilities.clone());
    }

    public float confidence() {
        return probabilities[digit];
    }

    public boolean confident() {
        return confidence() >= CONFIDENCE_THRESHOLD;
    }
}
