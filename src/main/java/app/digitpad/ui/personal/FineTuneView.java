package app.digitpad.ui.personal;

import app.digitpad.personal.FineTuner;
import app.digitpad.training.FineTune;
import app.digitpad.ui.shared.MnistOffer;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The My digits tab's fine-tune controls (teach, stop, use the child, compare) and the before/after table: it binds
 * to {@link FineTuneModel} and forwards clicks. FX thread only.
 */
final class FineTuneView extends VBox {

    /** The model's epochs as the spinner's type, held here: a bidirectional binding keeps only weak references. */
    private ObjectProperty<Integer> epochs;

    FineTuneView(FineTuneModel model) {
        super(6);
        setPadding(new Insets(0, 12, 12, 12));
        Button teach = new Button("Teach the drawing model my digits");
        teach.setId("fine-tune");
        teach.getStyleClass().add("accent");
        teach.disableProperty().bind(model.stateProperty().isEqualTo(FineTuneModel.State.RUNNING));
        teach.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(FineTuneModel.State.RUNNING));
        stop.setOnAction(e -> model.stop());
        Button use = new Button("Draw with the fine-tuned model");
        use.setId("use-child");
        use.disableProperty().bind(model.resultProperty().isNull());
        use.setOnAction(e -> model.useChild());
        ProgressBar bar = new ProgressBar(0);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.stateProperty().isEqualTo(FineTuneModel.State.RUNNING));
        Label status = new Label();
        status.setId("fine-tune-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        for (Button b : new Button[] {teach, stop, use}) {
            b.setMinWidth(USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, teach, epochsField(model), stop, bar);
        buttons.setAlignment(Pos.CENTER_LEFT);
        GridPane table = new GridPane();
        table.setId("before-after");
        table.setHgap(16);
        table.getStyleClass().add("before-after");
        model.resultProperty().addListener((obs, old, r) -> fillTable(table, r));
        Button compare = new Button("Compare parent and child on the pad");
        compare.setId("compare-child");
        compare.setMinWidth(USE_PREF_SIZE);
        compare.disableProperty().bind(model.resultProperty().isNull());
        compare.setOnAction(e -> model.compareWithChild());
        getChildren().addAll(buttons, status, MnistOffer.row("fine-tune", null, model.needsMnistProperty(),
                model::downloadMnistThenTeach, model::chooseMnistThenTeach), table, new HBox(8, use, compare));
    }

    /** "Epochs [n]": how many epochs the next teaching adds, fixed while one runs. */
    private HBox epochsField(FineTuneModel model) {
        Spinner<Integer> spinner = new Spinner<>(1, FineTune.MAX_EPOCHS, model.epochsProperty().get());
        spinner.setId("fine-tune-epochs");
        spinner.setAccessibleText("Epochs the teaching adds");
        spinner.getEditor().setAccessibleText("Epochs the teaching adds");
        spinner.setPrefWidth(70);
        spinner.setMinWidth(USE_PREF_SIZE);
        epochs = model.epochsProperty().asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(epochs);
        spinner.disableProperty().bind(model.stateProperty().isEqualTo(FineTuneModel.State.RUNNING));
        Label label = new Label("Epochs");
        label.setLabelFor(spinner);
        label.setMinWidth(USE_PREF_SIZE);
        HBox box = new HBox(4, label, spinner);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void fillTable(GridPane table, FineTuner.Result r) {
        table.getChildren().clear();
        if (r == null) {
            return;
        }
        table.addRow(0, new Label(""), bold("before (parent)"), bold("after (child)"));
        table.addRow(1, new Label("Your held-out digits (" + r.heldOut() + ")"),
                cell(r.parent().personalHeldOut()), cell(r.child().personalHeldOut()));
        table.addRow(2, new Label("  of them, the parent read wrong (" + r.misreadHeldOut() + ")"),
                cell(r.parent().misreadHeldOut()), cell(r.child().misreadHeldOut()));
        table.addRow(3, new Label("MNIST test (" + r.testImages() + ")"), cell(r.parent().mnistTest()),
                cell(r.child().mnistTest()));
        table.addRow(4, new Label("Drawn benchmark, mean of " + r.parent().drawn().size() + " distortions ("
                + DRAWN_DIGITS_TEXT + ")"), cell(mean(r.parent().drawn())), cell(mean(r.child().drawn())));
    }

    private static final String DRAWN_DIGITS_TEXT = FineTuneModel.DRAWN_DIGITS + " digits each";

    private static double mean(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label cell(double value) {
        return new Label(Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * value));
    }
}
