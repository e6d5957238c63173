package app.digitpad.ui.shared;

import app.digitpad.training.EpochMetrics;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The loss and accuracy charts of a run: one point per epoch for train and test, plus the faint smoothed
 * per-step loss. They follow {@link RunProgress}'s lists; values show on hover.
 */
public final class TrainCharts {

    private final LineChart<Number, Number> loss;
    private final LineChart<Number, Number> accuracy;
    private final XYChart.Series<Number, Number> trainLoss = series("train");
    private final XYChart.Series<Number, Number> testLoss = series("test");
    private final XYChart.Series<Number, Number> stepLoss = series("train, per step (smoothed)");
    private final XYChart.Series<Number, Number> trainAccuracy = series("train");
    private final XYChart.Series<Number, Number> testAccuracy = series("test");
    private double lowestAccuracy = 1;

    /** About this many labelled ticks on the epoch axis, whatever the run's length. */
    static final int EPOCH_TICKS = 10;
    /** About this many ticks on the accuracy axis once it zooms in. */
    static final int ACCURACY_TICKS = 5;
    /** Room right of the last epoch, as a fraction of the range: its point is drawn whole, not cut in half. */
    public static final double RIGHT_MARGIN = 0.04;

    /** {@code idPrefix} keeps the node ids unique when two tabs chart runs ("" gives {@code #loss-chart}). */
    public TrainCharts(RunProgress progress, String idPrefix) {
        loss = chart(idPrefix + "loss-chart", "Loss");
        accuracy = chart(idPrefix + "accuracy-chart", "Accuracy");
        for (LineChart<Number, Number> chart : java.util.List.of(loss, accuracy)) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            x.setAutoRanging(false);
            x.setMinorTickVisible(false);
            x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
                }

                @Override
                public Number fromString(String s) {
                    return Integer.valueOf(s);
                }
            });
        }
        progress.firstEpochProperty().addListener((obs, old, now) -> epochRange(progress));
        progress.lastEpochProperty().addListener((obs, old, now) -> epochRange(progress));
        epochRange(progress);
        NumberAxis acc = (NumberAxis) accuracy.getYAxis();
        acc.setAutoRanging(false);
        acc.setLowerBound(0);
        acc.setUpperBound(1);
        acc.setTickUnit(0.1);
        emptyLossAxis();
        loss.getData().add(trainLoss);
        loss.getData().add(testLoss);
        loss.getData().add(stepLoss);
        accuracy.getData().add(trainAccuracy);
        accuracy.getData().add(testAccuracy);
        stepLoss.getNode().getStyleClass().add("step-loss");
        progress.epochs().addListener((ListChangeListener<EpochMetrics>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && progress.epochs().isEmpty()) {
                    clear();
                }
                for (EpochMetrics m : c.getAddedSubList()) {
                    zoomAccuracy(m);
                    loss.getYAxis().setAutoRanging(true);
                    add(trainLoss, m, EpochMetrics::trainLoss, "%.4f");
                    add(testLoss, m, EpochMetrics::testLoss, "%.4f");
                    add(trainAccuracy, m, EpochMetrics::trainAccuracy, "%.4f");
                    add(testAccuracy, m, EpochMetrics::testAccuracy, "%.4f");
                }
            }
        });
        progress.stepLoss().addListener((ListChangeListener<RunProgress.LossPoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && progress.stepLoss().isEmpty()) {
                    stepLoss.getData().clear();
                }
                for (RunProgress.LossPoint p : c.getAddedSubList()) {
                    loss.getYAxis().setAutoRanging(true);
                    stepLoss.getData().add(new XYChart.Data<>(p.epoch(), p.loss()));
                }
            }
        });
    }

    /** Epochs from the one before the run's first (its steps start there) to its last, in whole-number ticks. */
    private void epochRange(RunProgress progress) {
        int first = progress.firstEpochProperty().get() - 1;
        int last = Math.max(first + 1, progress.lastEpochProperty().get());
        for (LineChart<Number, Number> chart : java.util.List.of(loss, accuracy)) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            x.setLowerBound(first);
            x.setUpperBound(last + RIGHT_MARGIN * (last - first));
            x.setTickUnit(Math.max(1, Math.ceil((last - first) / (double) EPOCH_TICKS)));
        }
    }

    /** Accuracy stays 0 to 1 until points show where it is; then the axis starts just below the lowest one. */
    private void zoomAccuracy(EpochMetrics m) {
        lowestAccuracy = Math.min(lowestAccuracy, Math.min(m.trainAccuracy(), m.testAccuracy()));
        NumberAxis acc = (NumberAxis) accuracy.getYAxis();
        double below = Math.max(0, lowestAccuracy - 0.005);
        double tick = roundTick((1 - below) / ACCURACY_TICKS);
        acc.setTickUnit(tick);
        acc.setLowerBound(Math.max(0, Math.floor(below / tick) * tick));
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code raw}: ticks people can read. */
    static double roundTick(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Before any loss is known the axis shows 0 to 1, not the 0-125 an empty auto-ranged axis picks. */
    private void emptyLossAxis() {
        NumberAxis y = (NumberAxis) loss.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(1);
        y.setTickUnit(0.25);
    }

    private static LineChart<Number, Number> chart(String id, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel.toLowerCase(Locale.ROOT));
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(yLabel);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefSize(420, 300);
        chart.setMinHeight(220);
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static void add(XYChart.Series<Number, Number> series, EpochMetrics m, ToDoubleFunction<EpochMetrics> value,
                            String format) {
        double v = value.applyAsDouble(m);
        XYChart.Data<Number, Number> point = new XYChart.Data<>(m.epoch(), v);
        series.getData().add(point);
        if (point.getNode() != null) {
            Tooltip.install(point.getNode(), new Tooltip(series.getName() + ", epoch " + m.epoch() + ": "
                    + String.format(Locale.ROOT, format, v)));
        }
    }

    private void clear() {
        for (XYChart.Series<Number, Number> s : java.util.List.of(trainLoss, testLoss, trainAccuracy, testAccuracy)) {
            s.getData().clear();
        }
        lowestAccuracy = 1;
        NumberAxis acc = (NumberAxis) accuracy.getYAxis();
        acc.setLowerBound(0);
        acc.setTickUnit(0.1);
        emptyLossAxis();
    }

    public LineChart<Number, Number> loss() {
        return loss;
    }

    public LineChart<Number, Number> accuracy() {
        return accuracy;
    }
}
