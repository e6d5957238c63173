package app.digitpad.ui.explain;

import app.digitpad.ui.shared.ProbabilityChart;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The learning timeline: a slider over the epochs of the model's run and the drawing's bars at the epoch
 * it is on. Only binds to {@link TimelineModel}. FX thread.
 */
final class TimelineView extends VBox {

    private final Slider slider = new Slider(0, 0, 0);
    private final ProbabilityChart bars = new ProbabilityChart();

    TimelineView(TimelineModel model) {
        super(4);
        setId("explain-timeline");
        slider.setId("explain-timeline-slider");
        slider.setAccessibleText("Epoch of the training run to explain with");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(420);
        bars.setId("explain-timeline-bars");
        bars.setPrefSize(420, 170);
        bars.setMinHeight(150);
        Label status = new Label();
        status.setId("explain-timeline-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.epochsProperty().addListener((obs, old, now) -> epochs(now));
        slider.valueProperty().addListener((obs, old, now) -> model.positionProperty().set((int) Math.round(now.doubleValue())));
        model.positionProperty().addListener((obs, old, now) -> slider.setValue(now.intValue()));
        model.pointProperty().addListener((obs, old, now) -> bars.show(now == null ? null : now.prediction(), false));
        VBox left = new VBox(4, new Label("Epoch of the run"), slider, status);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(new Label("Learning timeline: the drawing's bars as the network learned"), new HBox(12, left, bars));
    }

    private void epochs(List<Integer> epochs) {
        slider.setMax(Math.max(0, epochs.size() - 1));
        slider.setDisable(epochs.size() < 2);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                int i = (int) Math.round(position);
                return i < 0 || i >= epochs.size() || epochs.get(i) < 0 ? "" : Integer.toString(epochs.get(i));
            }

            @Override
            public Double fromString(String text) {
                return (double) epochs.indexOf(Integer.parseInt(text));
            }
        });
    }

    Slider slider() {
        return slider;
    }
}
