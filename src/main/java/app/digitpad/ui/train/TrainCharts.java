package app.digitpad.ui.train;

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
final class TrainCharts {

    private final LineChart<Number, Number> loss = chart("loss-chart", "Loss");
    private final LineChart<Number, Number> accuracy = chart("accuracy-chart", "Accuracy");
    private final XYChart.Series<Number, Number> trainLoss = series("train");
    private final XYChart.Series<Number, Number> testLoss = series("test");
    private final XYChart.Series<Number, Number> stepLoss = series("train, per step (smoothed)");
    private final XYChart.Series<Number, Number> trainAccuracy = series("train");
    private final XYChart.Series<Number, Number> testAccuracy = series("test");

    TrainCharts(RunProgress progress) {
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
                    stepLoss.getData().add(new XYChart.Data<>(p.epoch(), p.loss()));
                }
            }
        });
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
    }

    LineChart<Number, Number> loss() {
        return loss;
    }

    LineChart<Number, Number> accuracy() {
        return accuracy;
    }
}
