package app.digitpad.ui.shared;

import app.digitpad.inference.Prediction;
import javafx.css.PseudoClass;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** The ten probabilities as bars, the winner highlighted; updated in place, without animation. */
public final class ProbabilityChart extends BarChart<String, Number> {

    private static final PseudoClass WINNER = PseudoClass.getPseudoClass("winner");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass COMPARING = PseudoClass.getPseudoClass("comparing");
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final XYChart.Series<String, Number> compared = new XYChart.Series<>();
    private final Tooltip[] tips = new Tooltip[10];

    public ProbabilityChart() {
        super(new CategoryAxis(), new NumberAxis(0, 1, 0.25));
        setId("probabilities");
        getStyleClass().add("probability-chart");
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(spoken(null, false));
        setFocusTraversable(true);
        getStylesheets().add(ProbabilityChart.class.getResource("probability-chart.css").toExternalForm());
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(6);
        getXAxis().setLabel("digit");
        getYAxis().setLabel("probability");
        for (int d = 0; d < 10; d++) {
            series.getData().add(new XYChart.Data<>(Integer.toString(d), 0));
        }
        getData().add(series);
        for (int d = 0; d < 10; d++) {
            tips[d] = new Tooltip(d + ": -");
            Tooltip.install(series.getData().get(d).getNode(), tips[d]);
        }
    }

    /** Clicking digit d's bar (or its label under the axis) tells {@code onDigit} "it is a d". */
    public void onBarClicked(java.util.function.IntConsumer onDigit) {
        for (int d = 0; d < 10; d++) {
            int digit = d;
            javafx.scene.Node bar = series.getData().get(d).getNode();
            bar.setId("bar-" + d);
            bar.setCursor(javafx.scene.Cursor.HAND);
            bar.setOnMouseClicked(e -> onDigit.accept(digit));
        }
    }

    /**
     * Moving the mouse over digit d's column (its bar, or the space above a bar too low to point at) tells
     * {@code onDigit} d: the Explain tab's "evidence for the digit under the mouse".
     */
    public void onBarHovered(java.util.function.IntConsumer onDigit) {
        setOnMouseMoved(e -> {
            double x = getXAxis().sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            String digit = ((CategoryAxis) getXAxis()).getValueForDisplay(x);
            if (digit != null && x >= 0 && x <= getXAxis().getWidth()) {
                onDigit.accept(Integer.parseInt(digit));
            }
        });
    }

    /**
     * Shows a second model's bars beside the first's, each model in one colour (the first's winner is no
     * longer set apart: the headline names it), with a legend naming both; a null name removes them.
     */
    public void compareWith(String drawingName, String comparedName) {
        if (comparedName == null) {
            getData().remove(compared);
            setLegendVisible(false);
            pseudoClassStateChanged(COMPARING, false);
            series.setName(null);
            return;
        }
        series.setName(drawingName);
        compared.setName(comparedName);
        if (!getData().contains(compared)) {
            compared.getData().clear();
            for (int d = 0; d < 10; d++) {
                compared.getData().add(new XYChart.Data<>(Integer.toString(d), 0));
            }
            getData().add(compared);
        }
        setLegendVisible(true);
        pseudoClassStateChanged(COMPARING, true);
    }

    /** The second model's answer; null clears its bars. */
    public void showCompared(Prediction p) {
        if (!getData().contains(compared)) {
            return;
        }
        for (int d = 0; d < 10; d++) {
            compared.getData().get(d).setYValue(p == null ? 0 : p.probabilities()[d]);
        }
    }

    /** The second model's bar heights as shown (all 0 when not comparing). */
    public double[] comparedValues() {
        double[] out = new double[10];
        if (getData().contains(compared)) {
            for (int d = 0; d < 10; d++) {
                out[d] = compared.getData().get(d).getYValue().doubleValue();
            }
        }
        return out;
    }

    /** Shows a prediction; null clears every bar. Bars of a drawing that is not a digit are grey, none wins. */
    public void show(Prediction p, boolean notADigit) {
        for (int d = 0; d < 10; d++) {
            XYChart.Data<String, Number> bar = series.getData().get(d);
            double v = p == null ? 0 : p.probabilities()[d];
            bar.setYValue(v);
            if (bar.getNode() != null) {
                bar.getNode().pseudoClassStateChanged(WINNER, p != null && p.digit() == d && !notADigit);
                bar.getNode().pseudoClassStateChanged(REJECTED, notADigit);
            }
            tips[d].setText(String.format(java.util.Locale.ROOT, "%d: %.2f%%", d, 100 * v));
        }
        setAccessibleText(spoken(p, notADigit));
    }

    /**
     * The bars in words, for a screen reader: the three most likely digits ("Probabilities: 7 97%, 1 2%, 2 1%"),
     * or that there is nothing to show.
     */
    static String spoken(Prediction p, boolean notADigit) {
        if (p == null) {
            return "Probabilities: none yet, draw a digit";
        }
        Integer[] order = java.util.stream.IntStream.range(0, 10).boxed()
                .sorted((a, b) -> Float.compare(p.probabilities()[b], p.probabilities()[a])).toArray(Integer[]::new);
        StringBuilder s = new StringBuilder(notADigit ? "Probabilities, of ink that is not a digit: "
                : "Probabilities: ");
        for (int i = 0; i < 3; i++) {
            s.append(i == 0 ? "" : ", ").append(order[i]).append(' ')
                    .append(Math.round(100 * p.probabilities()[order[i]])).append('%');
        }
        return s.toString();
    }

    /** The bar heights as shown, for tests and accessibility. */
    public double[] values() {
        double[] out = new double[10];
        for (int d = 0; d < 10; d++) {
            out[d] = series.getData().get(d).getYValue().doubleValue();
        }
        return out;
    }
}
