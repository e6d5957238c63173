package app.digitpad.ui;

import app.digitpad.ui.about.AboutView;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.draw.DrawView;
import app.digitpad.ui.draw.ExplainView;
import app.digitpad.ui.draw.NumberView;
import app.digitpad.ui.models.ModelsView;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** The window's content: menus, the tabs and a status bar naming the model in use. */
public final class MainView extends BorderPane {

    private final AppModel app;
    private final DrawView draw;
    private final TabPane tabs = new TabPane();
    private final Menu recentMenu = new Menu("Recent models");
    private final AboutView about;
    private final NumberView number;
    private final ExplainView explain;
    private final ToggleButton numberMode = new ToggleButton("Number mode");

    /** {@code notices}: what was just done, in words, for the status bar ("Saved as 7 in My digits"). */
    public MainView(AppModel app, DrawView draw, ModelsView models, Node train, Node personal, Node compare,
                    ObservableValue<String> notices, Theme theme, AboutView about, NumberView number,
                    ExplainView explain) {
        this.app = app;
        this.draw = draw;
        this.about = about;
        this.number = number;
        this.explain = explain;
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab explainTab = new Tab("Explain", explain);
        explain.model().openProperty().bind(explainTab.selectedProperty());
        tabs.getTabs().addAll(new Tab("Draw", drawTab()), new Tab("Train", train), new Tab("Models", models),
                new Tab("My digits", personal), new Tab("Compare", compare), explainTab);
        setTop(menus(theme));
        setCenter(tabs);
        setBottom(statusBar(notices));
        app.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                showError(message);
            }
        });
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.DELETE) && isDrawTab()) {
                clearPad();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode().isDigitKey() && isDrawTab()) {
                draw.label(e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode()
                        : KeyCode.DIGIT0.getCode()));
                e.consume();
            }
        });
    }

    /** The Draw tab: the digit pad, or with Number mode on the wide number pad in its place. */
    private Node drawTab() {
        numberMode.setId("number-mode");
        numberMode.setTooltip(new Tooltip("Write several digits on a wide pad and read them as a number"));
        draw.visibleProperty().bind(numberMode.selectedProperty().not());
        number.visibleProperty().bind(numberMode.selectedProperty());
        HBox bar = new HBox(8, numberMode);
        bar.setPadding(new Insets(6, 12, 0, 12));
        return new BorderPane(new StackPane(draw, number), bar, null, null, null);
    }

    private void clearPad() {
        if (numberMode.isSelected()) {
            number.model().clear();
        } else {
            draw.model().clear();
        }
    }

    private void undoStroke() {
        if (numberMode.isSelected()) {
            number.model().undo();
        } else {
            draw.model().undo();
        }
    }

    private boolean isDrawTab() {
        return tabs.getSelectionModel().getSelectedIndex() == 0;
    }

    private MenuBar menus(Theme theme) {
        MenuItem open = item("Open checkpoint…", "Shortcut+O", this::chooseModel);
        recentMenu.setOnShowing(e -> fillRecent());
        recentMenu.getItems().add(new MenuItem("(none)"));
        MenuItem loadImage = item("Load image onto pad…", "Shortcut+L", draw::chooseImage);
        MenuItem save = item("Save drawing as PNG…", "Shortcut+S", draw::chooseSave);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, recentMenu, new SeparatorMenuItem(), loadImage, save,
                new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo stroke", "Shortcut+Z", this::undoStroke);
        MenuItem clear = item("Clear pad (Esc, Delete)", null, this::clearPad);
        Menu edit = new Menu("Edit", null, undo, clear);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Menu view = new Menu("View", null, dark);
        MenuItem aboutItem = item("About DigitPad", null, () -> about.show(getScene().getWindow()));
        aboutItem.setId("menu-about");
        Menu help = new Menu("Help", null, aboutItem);
        return new MenuBar(file, edit, view, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : app.recent().list()) {
            recentMenu.getItems().add(item(p.getFileName() + "  (" + p.getParent() + ")", null, () -> app.load(p)));
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    /** File ▸ Open checkpoint…: a DL4J model zip, loaded and validated in the background. */
    public void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model checkpoint");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DL4J model (*.zip)", "*.zip"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            app.load(file.toPath());
        }
    }

    private HBox statusBar(ObservableValue<String> notices) {
        Label model = new Label();
        model.setId("status-model");
        model.textProperty().bind(app.statusText());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.textProperty());
        model.setTooltip(whole);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(app.loadingProperty());
        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add("danger");
        notice.textProperty().bind(draw.model().errorProperty());
        Label done = new Label();
        done.setId("status-done");
        done.getStyleClass().add("success");
        done.textProperty().bind(notices);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, model, spacer, done, notice, busy);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("DigitPad");
        alert.getDialogPane().setId("error-dialog");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    public TabPane tabs() {
        return tabs;
    }
}
