package app.digitpad.ui;

import app.digitpad.ui.about.AboutView;
import app.digitpad.ui.draw.DrawPage;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.Navigator;
import app.digitpad.ui.shared.Notices;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.shared.PickTile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The window's shell: menus, one tab per {@link Page} (in the order of the list it is given) and a status
 * bar naming the model in use. Pages ask for each other through the {@link Navigator}; keys go to the page
 * in front. FX thread.
 */
public final class MainView extends BorderPane {

    private final AppModel app;
    private final DrawPage pad;
    private final TabPane tabs = new TabPane();
    private final Menu recentMenu = new Menu("Recent models");
    private final AboutView about;

    /**
     * {@code pages}: the tabs, first shown first; {@code pad}: the drawing page among them, which the File
     * and Edit menus work on. The status bar shows the app's notices (what was just done) for a few seconds.
     */
    public MainView(AppModel app, List<Page> pages, DrawPage pad, Navigator navigator, Theme theme, AboutView about) {
        this.app = app;
        this.pad = pad;
        this.about = about;
        getStylesheets().add(PickTile.STYLESHEET);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Page page : pages) {
            Tab tab = new Tab(page.title(), scrollable(page.node()));
            tab.setUserData(page);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                ((Page) old.getUserData()).hidden();
            }
            if (now != null) {
                ((Page) now.getUserData()).shown();
            }
        });
        current().shown();
        navigator.listen(request -> {
            if (request instanceof Navigator.Show show) {
                tabs.getTabs().stream().filter(t -> show.page().isInstance(t.getUserData())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        });
        setTop(menus(theme));
        setCenter(tabs);
        setBottom(statusBar(app.notices()));
        app.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                showError(message);
            }
        });
        setOnKeyPressed(e -> {
            if (current().keyPressed(e)) {
                e.consume();
            }
        });
    }

    /**
     * A page in a scroll pane that fits it to the window while the window is larger than the page's minimum
     * size and scrolls it when smaller, so that no part of a page is ever out of reach on a small screen.
     */
    private static ScrollPane scrollable(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("page-scroll", "edge-to-edge");
        return scroll;
    }

    /** The page in front. */
    public Page current() {
        return (Page) tabs.getSelectionModel().getSelectedItem().getUserData();
    }

    private MenuBar menus(Theme theme) {
        MenuItem open = item("Open checkpoint…", Shortcut.OPEN_MODEL, this::chooseModel);
        recentMenu.setOnShowing(e -> fillRecent());
        recentMenu.getItems().add(new MenuItem("(none)"));
        MenuItem loadImage = item("Load image onto pad…", Shortcut.LOAD_IMAGE, pad::chooseImage);
        MenuItem save = item("Save drawing as PNG…", Shortcut.SAVE_DRAWING, pad::chooseSave);
        MenuItem export = item("Export model as Keras .h5…", null, this::chooseExport);
        export.disableProperty().bind(app.activeProperty().isNull());
        MenuItem quit = item("Quit", Shortcut.QUIT, () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, recentMenu, export, new SeparatorMenuItem(), loadImage, save,
                new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo", Shortcut.UNDO, () -> {
            if (!current().undoLast()) {
                pad.undo();
            }
        });
        MenuItem clear = item("Clear pad (Esc, Delete)", null, pad::clear);
        Menu edit = new Menu("Edit", null, undo, clear);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        CheckMenuItem numberMode = new CheckMenuItem("Number mode");
        numberMode.setId("menu-number-mode");
        Shortcut.NUMBER_MODE.combination().ifPresent(numberMode::setAccelerator);
        numberMode.selectedProperty().bindBidirectional(pad.numberModeProperty());
        numberMode.setOnAction(e -> tabs.getTabs().stream().filter(t -> t.getUserData() == pad).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        Menu view = new Menu("View", null, numberMode, dark);
        MenuItem aboutItem = item("About DigitPad", null, () -> about.show(getScene().getWindow()));
        aboutItem.setId("menu-about");
        MenuItem shortcuts = item("Keyboard shortcuts", null, () -> HelpDialogs.shortcuts(getScene().getWindow()));
        shortcuts.setId("menu-shortcuts");
        MenuItem started = item("Getting started", null, () -> HelpDialogs.gettingStarted(getScene().getWindow()));
        started.setId("menu-getting-started");
        Menu help = new Menu("Help", null, started, shortcuts, new SeparatorMenuItem(), aboutItem);
        return new MenuBar(file, edit, view, help);
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            shortcut.combination().ifPresent(item::setAccelerator);
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

    /** File ▸ Open checkpoint…: a DigitPad zip, a Keras 2 .h5 or an ONNX file, loaded and validated in the background. */
    public void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model checkpoint");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Digit models (*.zip, *.h5, *.hdf5, *.onnx, *.keras)", "*.zip", "*.h5",
                        "*.hdf5", "*.onnx", "*.keras"),
                new FileChooser.ExtensionFilter("DigitPad checkpoint (*.zip)", "*.zip"),
                new FileChooser.ExtensionFilter("Keras 2 model (*.h5, *.hdf5)", "*.h5", "*.hdf5"),
                new FileChooser.ExtensionFilter("ONNX model (*.onnx)", "*.onnx"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            app.load(file.toPath());
        }
    }

    /** File ▸ Export model as Keras .h5…: the drawing model, written in the background. */
    public void chooseExport() {
        ActiveModel m = app.activeProperty().get();
        if (m == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + m.fileName() + " as a Keras 2 model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Keras 2 HDF5 model (*.h5)", "*.h5"));
        chooser.setInitialFileName(m.fileName().replaceFirst("\\.[^.]+$", "") + ".h5");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            app.exportKeras(file.toPath());
        }
    }

    private HBox statusBar(Notices notices) {
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
        notice.textProperty().bind(pad.draw().model().errorProperty());
        Label done = new Label();
        done.setId("status-done");
        done.getStyleClass().add("success");
        done.textProperty().bind(notices.textProperty());
        PauseTransition fade = new PauseTransition(Duration.millis(Notices.LINGER_MILLIS));
        notices.postedProperty().addListener((obs, old, ticket) -> {
            fade.setOnFinished(e -> notices.expire(ticket.longValue()));
            fade.playFromStart();
        });
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
