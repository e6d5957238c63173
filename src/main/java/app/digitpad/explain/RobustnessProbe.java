package app.digitpad.explain;

import app.digitpad.preprocess.Augmentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the answer flips: the input shifted, turned, scaled and its strokes thickened or thinned in
 * steps, through the same transform as training's augmentation, each step's probability of the digit the
 * plain input reads as. Any thread (the explainer synchronizes).
 */
public final class RobustnessProbe {

    /** One direction of change, its steps (in its own unit) from one end to the other, zero among them. */
    public enum Axis {
        SHIFT_X("shift right (px)", -6, 6, 1), SHIFT_Y("shift down (px)", -6, 6, 1),
        ROTATE("turn (degrees)", -30, 30, 5), SCALE("size (x)", 0.6, 1.4, 0.1),
        STROKE("pen width (px added per edge)", -1, 1, 0.25);

        public final String label;
        final double from;
        final double to;
        final double step;

        Axis(String label, double from, double to, double step) {
            this.label = label;
            this.from = from;
            this.to = to;
            this.step = step;
        }

        /** The steps, from one end to the other. */
        public List<Double> steps() {
            List<Double> out = new ArrayList<>();
            int n = (int) Math.round((to - from) / step);
            for (int i = 0; i <= n; i++) {
                out.add(Math.round((from + i * step) * 1000) / 1000.0);
            }
            return out;
        }

        /** The label with the range it is tried over, for a legend: "turn (degrees) -30..30". */
        public String labelWithRange() {
            return label + " " + format(from) + ".." + format(to);
        }

        private static String format(double v) {
            return v == Math.rint(v) ? Long.toString(Math.round(v)) : Double.toString(v);
        }

        /** The identity step (0, or size 1). */
        public double zero() {
            return this == SCALE ? 1 : 0;
        }

        float[] apply(float[] input28, double value) {
            return switch (this) {
                case SHIFT_X -> Augmentation.transform(input28, 0, 1, value, 0, 0);
                case SHIFT_Y -> Augmentation.transform(input28, 0, 1, 0, value, 0);
                case ROTATE -> Augmentation.transform(input28, value, 1, 0, 0, 0);
                case SCALE -> Augmentation.transform(input28, 0, value, 0, 0, 0);
                case STROKE -> Augmentation.transform(input28, 0, 1, 0, 0, value);
            };
        }
    }

    /** One axis's curve: the steps and the digit's probability at each; the answer at each step too. */
    public record Curve(Axis axis, List<Double> steps, float[] probability, int[] answer) {
    }

    private RobustnessProbe() {
    }

    /** The curves for every axis, for the digit the plain input reads as. */
    public static List<Curve> probe(Explainer explainer, float[] input28) {
        int digit = explainer.predict(input28).digit();
        List<Curve> curves = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            List<Double> steps = axis.steps();
            List<float[]> variants = steps.stream().map(v -> axis.apply(input28, v)).toList();
            float[][] out = explainer.predictAll(variants);
            float[] p = new float[steps.size()];
            int[] answer = new int[steps.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = out[i][digit];
                answer[i] = app.digitpad.inference.Prediction.of(out[i]).digit();
            }
            curves.add(new Curve(axis, steps, p, answer));
        }
        return curves;
    }
}
