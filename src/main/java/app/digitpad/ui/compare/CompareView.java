package app.digitpad.ui.compare;

import app.digitpad.data.MnistSet;
import app.digitpad.inference.Disagreements;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.MnistOffer;
import app.digitpad.ui.shared.PickTile;
import app.digitpad.ui.shared.Navigator;
import app.digitpad.ui.shared.Page;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Compare tab: which two models are compared and, on request, the MNIST test digits and personal
 * digits that only one of them reads right, as thumbnails; a click puts one on the pad. Binds to
 * {@link CompareModel} and forwards clicks.
 */
public final class CompareView extends BorderPane implements Page {

    /** Thumbnails shown per list: enough to see a pattern, few enough to lay out at once. */
    static final int SHOWN = 120;
    private static final double TILE = 42;

    private final Navigator navigator;
    private final VBox lists = new VBox(10);

    /** {@code navigator}: a case picked goes onto the pad. */
    public CompareView(CompareModel model, AppModel app, Navigator navigator) {
        this.navigator = navigator;
        getStyleClass().add("compare-view");
        Label which = new Label();
        which.setId("compare-which");
        which.textProperty().bind(Bindings.createStringBinding(() -> {
            var a = app.activeProperty().get();
            var b = app.comparison().activeProperty().get();
            return b == null ? "Pick a second model: Models tab ▸ Compare with the drawing model (or My digits ▸ "
                    + "Compare parent and child)." : "Drawing model " + (a == null ? "–" : a.fileName())
                    + "  vs  " + b.fileName();
        }, app.activeProperty(), app.comparison().activeProperty()));
        Button find = new Button("Find where they disagree");
        find.setId("find-disagreements");
        find.getStyleClass().add("accent");
        find.disableProperty().bind(app.comparison().activeProperty().isNull().or(model.busyProperty()));
        find.setOnAction(e -> model.find());
        find.setMinWidth(Region.USE_PREF_SIZE);
        which.setWrapText(true);
        HBox.setHgrow(which, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(10, which, find, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(8, top, MnistOffer.row("compare",
                "Finding where they disagree reads MNIST's 10,000 test digits, which are not here yet:",
                model.needsMnistProperty(), model::downloadMnistThenFind, model::chooseMnistThenFind));
        head.setPadding(new Insets(12));
        setTop(head);
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        lists.setPadding(new Insets(0, 12, 12, 12));
        setCenter(scroll);
        model.resultProperty().addListener((obs, old, r) -> show(r));
    }

    /** A pair's disagreements; none (and nothing of an earlier pair) once either model changes. */
    private void show(CompareModel.Result r) {
        lists.getChildren().clear();
        if (r == null) {
            return;
        }
        section("MNIST test", r.first(), r.second(), r.mnist(), r.onMnist());
        if (r.onPersonal() != null) {
            section("My digits", r.first(), r.second(), r.personal(), r.onPersonal());
        }
    }

    private void section(String set, String first, String second, MnistSet digits, Disagreements.Report report) {
        Label summary = new Label(String.format(Locale.ROOT, "%s (%,d digits): %s reads %,d right, %s reads %,d right; "
                + "%d only %s reads right, %d only %s reads right", set, report.count(), first, report.firstRight(),
                second, report.secondRight(), report.onlyFirst().size(), first, report.onlySecond().size(), second));
        summary.getStyleClass().add("text-bold");
        summary.setWrapText(true);
        String key = " (each: true digit: " + first + " / " + second + ")";
        lists.getChildren().addAll(summary, caption("Only " + first + " is right" + key), tiles(report.onlyFirst(), digits, first, second),
                caption("Only " + second + " is right" + key), tiles(report.onlySecond(), digits, first, second));
    }

    private static Label caption(String text) {
        return new Label(text);
    }

    private FlowPane tiles(List<Disagreements.Case> cases, MnistSet digits, String first, String second) {
        FlowPane pane = new FlowPane(4, 4);
        pane.getStyleClass().add("disagreements");
        for (Disagreements.Case c : cases.subList(0, Math.min(SHOWN, cases.size()))) {
            float[] image = digits.image(c.index());
            ImageView view = new ImageView(InkImages.toImage(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, image)));
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            view.setSmooth(false);
            Label text = new Label(c.label() + ": " + c.first() + " / " + c.second());
            PickTile tile = new PickTile(view, text, "A " + c.label() + ": " + first + " reads " + c.first() + ", "
                    + second + " reads " + c.second() + ". Puts it on the pad.",
                    () -> navigator.showOnPad(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, image)));
            tile.getStyleClass().add("disagreement");
            pane.getChildren().add(tile);
        }
        if (cases.isEmpty()) {
            pane.getChildren().add(new Label("none"));
        }
        if (cases.size() > SHOWN) {
            pane.getChildren().add(new Label("… and " + (cases.size() - SHOWN) + " more"));
        }
        return pane;
    }

    @Override
    public String title() {
        return "Compare";
    }

    @Override
    public Node node() {
        return this;
    }
}
