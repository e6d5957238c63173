package app.digitpad.explain;

import app.digitpad.inference.Prediction;
import java.util.List;

/**
 * Everything the Explain view shows for one input: the answer, the maps of every convolution layer, the
 * saliency for one digit, and the robustness curves. Immutable (arrays are not copied).
 *
 * @param saliencyDigit the digit the saliency map is the evidence for
 */
public record Explanation(float[] input, Prediction prediction, List<FeatureMaps> featureMaps, int saliencyDigit,
                          float[] saliency, List<RobustnessProbe.Curve> curves) {

    /** Occlusion square, in input pixels: small enough to point at a stroke, large enough to cover one. */
    public static final int PATCH = 4;

    /** Computes the whole explanation (a few hundred forward passes); {@code digit} -1 means the answer. */
    public static Explanation of(Explainer explainer, float[] input28, int digit) {
        Prediction p = explainer.predict(input28);
        int target = digit < 0 ? p.digit() : digit;
        return new Explanation(input28, p, explainer.featureMaps(input28), target,
                explainer.occlusion(input28, target, PATCH), RobustnessProbe.probe(explainer, input28));
    }
}
