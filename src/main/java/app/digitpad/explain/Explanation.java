package app.digitpad.explain;

import app.digitpad.inference.Prediction;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Explain view shows for one drawing or image: what the normalizer did to it, the answer,
 * the maps of every convolution layer, the saliency for one digit, the robustness curves, and the nearest
 * training digits (empty while the model's index is not built). Immutable (arrays are not copied).
 *
 * @param source        the ink as drawn or read, before normalization
 * @param saliencyDigit the digit the saliency map is the evidence for
 */
public record Explanation(GrayImage source, DigitNormalizer.Steps steps, Prediction prediction,
                          List<FeatureMaps> featureMaps, int saliencyDigit, float[] saliency,
                          List<RobustnessProbe.Curve> curves, List<NearestDigits.Neighbour> neighbours) {

    /** Occlusion square, in input pixels: small enough to point at a stroke, large enough to cover one. */
    public static final int PATCH = 4;

    /** The 28x28 input the network read. */
    public float[] input() {
        return steps.input();
    }

    /**
     * Computes the whole explanation (a few hundred forward passes); {@code digit} -1 means the answer;
     * {@code nearest} may be null (no neighbours). Empty when the source holds no ink.
     */
    public static Optional<Explanation> of(Explainer explainer, GrayImage source, int digit, NearestDigits nearest) {
        return DigitNormalizer.steps(source).map(steps -> {
            float[] input = steps.input();
            Prediction p = explainer.predict(input);
            int target = digit < 0 ? p.digit() : digit;
            return new Explanation(source, steps, p, explainer.featureMaps(input), target,
                    explainer.occlusion(input, target, PATCH), RobustnessProbe.probe(explainer, input),
                    neighbours(explainer, input, nearest));
        });
    }

    /** The same explanation with the saliency for another digit (-1: the answer): one occlusion pass. */
    public Explanation withSaliencyFor(Explainer explainer, int digit) {
        int target = digit < 0 ? prediction.digit() : digit;
        return new Explanation(source, steps, prediction, featureMaps, target,
                explainer.occlusion(input(), target, PATCH), curves, neighbours);
    }

    /** The same explanation with neighbours from this index. */
    public Explanation withNeighbours(Explainer explainer, NearestDigits nearest) {
        return new Explanation(source, steps, prediction, featureMaps, saliencyDigit, saliency, curves,
                neighbours(explainer, input(), nearest));
    }

    private static List<NearestDigits.Neighbour> neighbours(Explainer explainer, float[] input, NearestDigits nearest) {
        return nearest == null ? List.of() : nearest.nearest(explainer.embed(List.of(input)), NearestDigits.SHOWN);
    }
}
