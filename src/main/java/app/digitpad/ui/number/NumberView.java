package app.digitpad.ui.number;

import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReading;
import app.digitpad.ui.shared.ProbabilityChart;
import app.digitpad.verdict.Verdict;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Number mode on the Draw tab: the wide pad, the number it reads (or which digit is in doubt), and the
 * bars of the digit under the mouse or, without one, of the least sure digit. Only binds to
 * {@link NumberModel}. FX thread.
 */
public final class NumberView extends BorderPane {

    private final NumberModel model;
    private final ProbabilityChart chart = new ProbabilityChart();

    public NumberView(NumberModel model) {
        this.model = model;
        Label answer = new Label();
        answer.setId("number-answer");
        answer.getStyleClass().add("title-2");
        answer.setWrapText(true);
        answer.textProperty().bind(Bindings.createStringBinding(() -> {
            NumberReading r = model.readingProperty().get();
            return r == null ? "Write a number" : r.describe();
        }, model.readingProperty()));
        model.readingProperty().addListener((obs, old, now) -> markDoubt(answer, now));
        Label which = new Label();
        which.setId("number-shown");
        which.textProperty().bind(Bindings.createStringBinding(this::shownText, model.readingProperty(),
                model.shownProperty()));
        chart.setId("number-probabilities");
        chart.setPrefSize(320, 240);
        model.readingProperty().addListener((obs, old, now) -> showBars());
        model.shownProperty().addListener((obs, old, now) -> showBars());
        Button undo = new Button("Undo");
        undo.setId("number-undo");
        undo.setOnAction(e -> model.undo());
        Button clear = new Button("Clear");
        clear.setId("number-clear");
        clear.setOnAction(e -> model.clear());
        setTop(answer);
        setCenter(new NumberCanvas(model));
        setRight(new VBox(8, which, chart));
        setBottom(new HBox(8, undo, clear));
        setPadding(new Insets(8));
        BorderPane.setMargin(getCenter(), new Insets(8, 8, 8, 0));
    }

    /** The answer in amber (AtlantaFX's warning colour) while any place of the number is in doubt. */
    private static void markDoubt(Label answer, NumberReading reading) {
        answer.getStyleClass().remove("warning");
        if (reading != null && reading.inDoubt().isPresent()) {
            answer.getStyleClass().add("warning");
        }
    }

    public NumberModel model() {
        return model;
    }

    private String shownText() {
        NumberReading r = model.readingProperty().get();
        int i = model.shownProperty().get();
        if (r == null || i < 0) {
            return "";
        }
        return "Digit " + (i + 1) + " of " + r.digits().size() + " (point at a digit to see its bars)";
    }

    private void showBars() {
        NumberReading r = model.readingProperty().get();
        int i = model.shownProperty().get();
        if (r == null || i < 0 || i >= r.digits().size()) {
            chart.show(null, false);
            return;
        }
        DigitReading d = r.digits().get(i);
        chart.show(d.verdict().prediction(), d.verdict().kind() == Verdict.Kind.NOT_A_DIGIT);
    }
}
