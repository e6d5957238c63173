package app.digitpad.ui.explain;

import app.digitpad.explain.Explanation;
import app.digitpad.explain.FeatureMaps;
import app.digitpad.explain.NearestDigits;
import app.digitpad.explain.RobustnessProbe;
import app.digitpad.explain.SaliencyColors;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.shared.ProbabilityChart;
import app.digitpad.verdict.Verdict;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Explain tab, for the pad's current drawing: each step of the preprocessing; the saliency (for the
 * answer, or for the digit under the mouse in the bars) over the network's input and over the drawing;
 * the answer's probability as the input is shifted, turned, scaled and thickened; the nearest training
 * digits; the learning timeline; and every convolution layer's maps as tiles (hover one for layer,
 * channel and largest activation). Computed only while the tab is shown. Only binds to its models.
 * FX thread.
 */
public final class ExplainView extends ScrollPane implements Page {

    /** Side of the pictures of the input and of the drawing, in pixels. */
    private static final int PICTURE = 168;
    private static final int STEP = 84;
    private static final int TILE = 34;
    /** Feature-map tiles per row. */
    private static final int MAP_COLUMNS = 16;
    private static final int NEIGHBOUR = 56;

    private final ExplainModel model;
    private final HBox steps = new HBox(8);
    private final ProbabilityChart bars = new ProbabilityChart();
    private final ImageView saliency = picture("explain-saliency");
    private final ImageView saliencyOnPad = picture("explain-saliency-pad");
    private final Label saliencyCaption = new Label();
    private final HBox nearest = new HBox(6);
    private final FlowPane maps = new FlowPane(16, 8);
    private final LineChart<Number, Number> curves = new LineChart<>(new NumberAxis(-1, 1, 0.5), new NumberAxis(0, 1, 0.25));

    public ExplainView(ExplainModel model, TimelineModel timeline) {
        this.model = model;
        setId("explain");
        setFitToWidth(true);
        steps.setId("explain-steps");
        nearest.setId("explain-nearest");
        maps.setId("explain-maps");
        maps.setPrefWrapLength(1000);
        curves.setId("explain-robustness");
        curves.setAccessibleText("Robustness: the probability of the answer as the drawing is turned, scaled, "
                + "moved and its strokes thickened or thinned");
        curves.setAnimated(false);
        curves.setCreateSymbols(false);
        curves.setPrefSize(460, 330);
        curves.setMinHeight(300);
        curves.setMinWidth(360);
        curves.getXAxis().setLabel("each change (0: as drawn)");
        curves.getYAxis().setLabel("P(answer)");
        bars.setId("explain-probabilities");
        bars.setPrefSize(330, 220);
        bars.setCategoryGap(2);
        Label title = new Label();
        title.setId("explain-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> "Why this answer? " + model.subjectText()
                + ", explained by the model in use", model.numberModeProperty(), model.numberProperty(),
                model.placeProperty()));
        Label answer = new Label();
        answer.setId("explain-verdict");
        answer.getStyleClass().add("title-3");
        answer.setWrapText(true);
        answer.textProperty().bind(Bindings.createStringBinding(() -> model.verdictProperty().get() != null
                ? "The answer: " + model.verdictProperty().get().describe()
                : model.hasSubject() ? "" : model.numberModeProperty().get() ? ExplainModel.NO_NUMBER_YET
                : ExplainModel.NOTHING_YET, model.verdictProperty(), model.inkProperty(), model.numberModeProperty(),
                model.numberProperty(), model.placeProperty()));
        Label nearestStatus = new Label();
        nearestStatus.setId("explain-nearest-status");
        nearestStatus.textProperty().bind(model.nearestStatusProperty());
        nearestStatus.setWrapText(true);
        saliencyCaption.setWrapText(true);
        saliencyCaption.setMaxWidth(2 * PICTURE + 8);
        VBox saliencyBox = new VBox(4, new HBox(8, saliency, saliencyOnPad), saliencyCaption);
        VBox content = new VBox(10, title, new DigitPicker(model), answer,
                section("What the network was given: each step of the preprocessing", steps),
                new HBox(12, new VBox(4, evidenceToggle(), bars), saliencyBox, curves),
                section("Training digits it finds most alike", new VBox(4, nearestStatus, nearest)),
                new TimelineView(timeline),
                section("Feature maps, layer by layer (hover a tile)", maps));
        content.setPadding(new Insets(8));
        setContent(content);
        model.explanationProperty().addListener((obs, old, now) -> show(now));
    }

    public ExplainModel model() {
        return model;
    }

    private VBox evidenceToggle() {
        ToggleGroup group = new ToggleGroup();
        RadioButton answer = new RadioButton("Evidence for the answer");
        answer.setId("explain-evidence-answer");
        RadioButton hovered = new RadioButton("For the digit I point at in the bars");
        hovered.setId("explain-evidence-hovered");
        answer.setWrapText(true);
        hovered.setWrapText(true);
        answer.setToggleGroup(group);
        hovered.setToggleGroup(group);
        answer.setSelected(true);
        answer.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.saliencyDigitProperty().set(-1);
            }
        });
        model.saliencyDigitProperty().addListener((obs, old, digit) -> {
            if (digit.intValue() < 0) {
                answer.setSelected(true);
            }
        });
        bars.onBarHovered(d -> {
            if (hovered.isSelected()) {
                model.saliencyDigitProperty().set(d);
            }
        });
        return new VBox(4, answer, hovered);
    }

    private void show(Explanation e) {
        steps.getChildren().clear();
        maps.getChildren().clear();
        nearest.getChildren().clear();
        curves.getData().clear();
        bars.show(e == null ? null : e.prediction(), false);
        if (e == null) {
            saliency.setImage(null);
            saliencyOnPad.setImage(null);
            saliencyCaption.setText("");
            return;
        }
        showSteps(e);
        saliency.setImage(InkImages.fromArgb(SaliencyColors.overInput(e.input(), e.saliency()),
                DigitNormalizer.SIDE, DigitNormalizer.SIDE));
        saliencyOnPad.setImage(InkImages.fromArgb(SaliencyColors.overSource(e.source(), e.steps(), e.saliency()),
                e.source().width(), e.source().height()));
        Verdict v = model.verdictProperty().get();
        String lead = v != null && v.kind() == Verdict.Kind.NOT_A_DIGIT
                ? "Not a digit; red: ink that pulled the network towards " + e.saliencyDigit()
                : "Red: ink that made it a " + e.saliencyDigit();
        saliencyCaption.setText(lead + "; blue: ink against it. Left, the network's input; right, your drawing.");
        for (RobustnessProbe.Curve c : e.curves()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(c.axis().labelWithRange());
            int n = c.steps().size();
            for (int i = 0; i < n; i++) {
                s.getData().add(new XYChart.Data<>(2.0 * i / (n - 1) - 1, c.probability()[i]));
            }
            curves.getData().add(s);
        }
        for (NearestDigits.Neighbour n : e.neighbours()) {
            ImageView tile = tile(InkImages.toImage(new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, n.image())), NEIGHBOUR);
            Label caption = new Label(String.format(Locale.ROOT, "%d  (%.2f)", n.label(), n.similarity()));
            VBox box = new VBox(2, tile, caption);
            box.getStyleClass().add("nearest-digit");
            box.setUserData(n.label());
            Tooltip.install(box, new Tooltip(String.format(Locale.ROOT,
                    "MNIST training image %d, labelled %d; cosine similarity %.3f", n.index(), n.label(), n.similarity())));
            nearest.getChildren().add(box);
        }
        showMaps(e.featureMaps());
    }

    private void showSteps(Explanation e) {
        DigitNormalizer.Steps s = e.steps();
        int side = DigitNormalizer.SIDE;
        int[] shift = s.shift();
        List<GrayImage> images = List.of(e.source(), s.crop(), s.penWidth(), s.box(),
                new GrayImage(side, side, s.boxCentred()), new GrayImage(side, side, s.input()));
        List<String> captions = List.of("your ink", "cropped to the ink", "pen width to MNIST's", "into the 20 px box",
                "box at the centre", String.format(Locale.ROOT, "centre of mass centred (moved %+d, %+d): 28x28", shift[0], shift[1]));
        for (int i = 0; i < images.size(); i++) {
            GrayImage img = images.get(i);
            Label caption = new Label(captions.get(i));
            caption.setWrapText(true);
            caption.setMaxWidth(STEP + 30);
            Tooltip.install(caption, new Tooltip(img.width() + " x " + img.height() + " px"));
            steps.getChildren().add(new VBox(2, tile(InkImages.toImage(img.fittedInto(Math.max(img.width(), img.height()))), STEP), caption));
        }
    }

    /** One picture per layer (a node and tooltip per channel is 160 nodes to build and lay out per drawing). */
    private void showMaps(List<FeatureMaps> layers) {
        for (int k = 0; k < layers.size(); k++) {
            FeatureMaps m = layers.get(k);
            String heading = m.heading(k + 1);
            int columns = Math.min(MAP_COLUMNS, m.channels());
            GrayImage mosaic = m.mosaic(columns);
            ImageView view = new ImageView(InkImages.toImage(mosaic));
            view.setFitWidth(columns * TILE);
            view.setPreserveRatio(true);
            view.setSmooth(false);
            view.getStyleClass().add("feature-map-layer");
            view.setUserData(m.channels());
            Tooltip tip = new Tooltip(heading + ": hover a tile");
            Tooltip.install(view, tip);
            view.setOnMouseMoved(e -> {
                double scale = view.getBoundsInLocal().getWidth() / mosaic.width();
                int c = m.channelAt(columns, (int) (e.getX() / scale), (int) (e.getY() / scale));
                tip.setText(c < 0 ? heading : String.format(Locale.ROOT, "%s, channel %d: max %.3f", heading, c,
                        m.max(c)));
            });
            Label caption = new Label(String.format(Locale.ROOT, "%s: %d maps of %dx%d", heading, m.channels(),
                    m.height(), m.width()));
            maps.getChildren().add(new VBox(2, caption, view));
        }
    }

    private static ImageView tile(Image image, int side) {
        ImageView v = new ImageView(image);
        v.setFitWidth(side);
        v.setFitHeight(side);
        v.setPreserveRatio(true);
        return v;
    }

    private static ImageView picture(String id) {
        ImageView v = new ImageView();
        v.setId(id);
        v.setFitWidth(PICTURE);
        v.setFitHeight(PICTURE);
        v.setSmooth(false);
        return v;
    }

    private static VBox section(String title, Node body) {
        return new VBox(4, new Label(title), body);
    }

    @Override
    public String title() {
        return "Explain";
    }

    @Override
    public Node node() {
        return this;
    }

    /** Explaining costs a forward and a backward pass per drawing: done only while the tab is in front. */
    @Override
    public void shown() {
        model.openProperty().set(true);
    }

    @Override
    public void hidden() {
        model.openProperty().set(false);
    }
}
