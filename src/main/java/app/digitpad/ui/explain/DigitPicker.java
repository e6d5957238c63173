package app.digitpad.ui.explain;

import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReading;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * With Number mode on, one button per digit of the number read ({@code ?} for ink that is not a digit), the
 * explained one pressed: a number is explained a digit at a time, and its weakest digit first, which is the
 * one a user asks about. Hidden with Number mode off. FX thread only.
 */
final class DigitPicker extends FlowPane {

    private final ExplainModel model;
    private final ToggleGroup group = new ToggleGroup();

    DigitPicker(ExplainModel model) {
        super(6, 4);
        this.model = model;
        setId("explain-digit-picker");
        visibleProperty().bind(model.numberModeProperty().and(model.numberProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
        model.numberProperty().addListener((obs, old, now) -> rebuild(now));
        model.placeProperty().addListener((obs, old, now) -> press(now.intValue()));
        rebuild(model.numberProperty().get());
    }

    private void rebuild(NumberReading read) {
        getChildren().clear();
        group.getToggles().clear();
        if (read == null) {
            return;
        }
        getChildren().add(new Label("Explain digit"));
        for (int k = 0; k < read.digits().size(); k++) {
            DigitReading digit = read.digits().get(k);
            ToggleButton button = new ToggleButton(String.valueOf(digit.character()));
            button.setId("explain-digit-" + k);
            button.setToggleGroup(group);
            int place = k;
            button.setOnAction(e -> {
                model.placeProperty().set(place);
                press(place);
            });
            getChildren().add(button);
        }
        press(model.placeProperty().get());
    }

    /** Keeps exactly the explained digit's button pressed (a second click on it must not unpress it). */
    private void press(int place) {
        group.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getId().equals("explain-digit-" + place)));
    }
}
