package app.digitpad.ui.draw;

import app.digitpad.explain.Explanation;
import app.digitpad.explain.FeatureMaps;
import app.digitpad.explain.RobustnessProbe;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Explain tab: for the pad's current drawing, the saliency over the network's input (for the answer or
 * a chosen digit), the answer's probability as the input is shifted, turned, scaled and thickened, and
 * every convolution layer's maps as tiles (hover one for layer, channel and its largest activation).
 * Computed only while the tab is shown. Only binds to {@link ExplainModel}. FX thread.
 */
public final class ExplainView extends BorderPane {

    /** Pixels per input pixel in the saliency picture. */
    private static final int ZOOM = 6;
    private static final int TILE = 34;

    private final ExplainModel model;
    private final ImageView saliency = new ImageView();
    private final FlowPane maps = new FlowPane(2, 2);
    private final LineChart<Number, Number> curves = new LineChart<>(new NumberAxis(-1, 1, 0.5), new NumberAxis(0, 1, 0.25));

    public ExplainView(ExplainModel model) {
        this.model = model;
        setId("explain");
        saliency.setId("explain-saliency");
        ChoiceBox<String> evidence = new ChoiceBox<>();
        evidence.setId("explain-evidence");
        evidence.getItems().add("the answer");
        for (int d = 0; d < 10; d++) {
            evidence.getItems().add("digit " + d);
        }
        evidence.getSelectionModel().select(0);
        evidence.getSelectionModel().selectedIndexProperty().addListener(
                (obs, old, now) -> model.saliencyDigitProperty().set(now.intValue() - 1));
        curves.setId("explain-robustness");
        curves.setAnimated(false);
        curves.setCreateSymbols(false);
        curves.setPrefSize(560, 260);
        curves.getXAxis().setLabel("from one end of each change to the other (0: as drawn)");
        curves.getYAxis().setLabel("P(answer)");
        maps.setId("explain-maps");
        maps.setPrefWrapLength(1000);
        ScrollPane mapsScroll = new ScrollPane(maps);
        mapsScroll.setFitToWidth(true);
        Label title = new Label("Why this answer? The drawing on the Draw tab, explained by the model in use");
        title.getStyleClass().add("title-4");
        VBox left = new VBox(6, new Label("Evidence for"), evidence, saliency);
        setTop(title);
        setCenter(new HBox(12, left, curves));
        setBottom(new VBox(4, new Label("Feature maps, layer by layer (hover a tile)"), mapsScroll));
        setPadding(new Insets(8));
        model.explanationProperty().addListener((obs, old, now) -> show(now));
    }

    public ExplainModel model() {
        return model;
    }

    private void show(Explanation e) {
        maps.getChildren().clear();
        curves.getData().clear();
        if (e == null) {
            saliency.setImage(null);
            return;
        }
        saliency.setImage(overlay(e.input(), e.saliency()));
        Tooltip.install(saliency, new Tooltip("Red: ink that made it a " + e.saliencyDigit() + "; blue: ink against"));
        for (RobustnessProbe.Curve c : e.curves()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(c.axis().label);
            int n = c.steps().size();
            for (int i = 0; i < n; i++) {
                s.getData().add(new XYChart.Data<>(2.0 * i / (n - 1) - 1, c.probability()[i]));
            }
            curves.getData().add(s);
        }
        for (FeatureMaps m : e.featureMaps()) {
            for (int c = 0; c < m.channels(); c++) {
                ImageView tile = new ImageView(InkImages.toImage(new GrayImage(m.width(), m.height(), m.stretchedChannel(c))));
                tile.setFitWidth(TILE);
                tile.setFitHeight(TILE);
                tile.getStyleClass().add("feature-map");
                tile.getProperties().put("layer", m.layer());
                Tooltip.install(tile, new Tooltip(String.format(Locale.ROOT, "%s (layer %d), channel %d: max %.3f",
                        m.name(), m.layer(), c, m.max(c))));
                maps.getChildren().add(tile);
            }
        }
    }

    /** The input enlarged, red where occlusion found evidence for the digit, blue against. */
    static WritableImage overlay(float[] input, float[] heat) {
        int side = DigitNormalizer.SIDE;
        float scale = 0;
        for (float v : heat) {
            scale = Math.max(scale, Math.abs(v));
        }
        WritableImage img = new WritableImage(side * ZOOM, side * ZOOM);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < side * ZOOM; y++) {
            for (int x = 0; x < side * ZOOM; x++) {
                int i = (y / ZOOM) * side + x / ZOOM;
                double grey = Math.max(0, Math.min(1, input[i]));
                double a = scale == 0 ? 0 : Math.abs(heat[i]) / scale * 0.7;
                Color tint = heat[i] > 0 ? Color.web("#ef4444") : Color.web("#3b82f6");
                w.setColor(x, y, Color.gray(grey).interpolate(tint, a));
            }
        }
        return img;
    }

}
