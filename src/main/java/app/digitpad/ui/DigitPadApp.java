package app.digitpad.ui;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.DataLocator;
import app.digitpad.model.Backend;
import app.digitpad.settings.Settings;
import app.digitpad.ui.shared.ActiveModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the window built by {@link Gui} and loads the bundled model at once,
 * so a user can draw within seconds of starting. Started by {@code Launcher} when given no command.
 */
public final class DigitPadApp extends Application {

    /** The window's first size, where the screen allows it: the pad, the bars and a chart side by side. */
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 800;
    /** Every page works down to this size (its parts scroll below its own minimum). */
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 560;
    /** The first frame's line, about as large as the theme's third title size. */
    private static final double STARTING_TEXT_SIZE = 20;
    /** The exit status when the window could not open, as a command's for bad input. */
    public static final int NO_WINDOW = 2;
    /**
     * JavaFX's logger, held so its filter stays set (the logging framework keeps loggers weakly). The filter drops one
     * warning, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'": it is about the class
     * path the launcher is built to run from, and told every user at every start that something was wrong.
     */
    private static final Logger FX_LOG = Logger.getLogger("javafx");
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private Gui gui;

    /**
     * Entry for the launcher, which must not itself be an {@code Application}: runs the window until it closes and
     * answers 0. When the toolkit cannot start (no display, no GTK 3), says why on the standard error
     * ({@link NoWindow}) instead of JavaFX's stack trace, and answers {@link #NO_WINDOW}. Called on the main thread.
     */
    public static int launchApp(String[] args) {
        FX_LOG.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(CLASS_PATH_WARNING));
        try {
            Application.launch(DigitPadApp.class, args);
            return 0;
        } catch (UnsupportedOperationException toolkit) {
            System.err.println(NoWindow.message(toolkit.getMessage(), Optional.ofNullable(System.getenv("DISPLAY"))));
            return NO_WINDOW;
        }
    }

    /**
     * Paints a first frame at once ("Starting DigitPad"), then builds the pages behind it: building them
     * takes the FX thread about half a second (a second on a busy machine), which used to be a blank window.
     */
    @Override
    public void start(Stage stage) {
        ModelLibrary library = ModelLibrary.locate();
        Path userFolder = DataLocator.system().appFolder();
        Settings look = WindowMemory.firstLook(userFolder);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(starting(look.dark()), Math.min(WIDTH, screen.getWidth()),
                Math.min(HEIGHT, screen.getHeight()), Theme.background(look.dark()));
        stage.setScene(scene);
        stage.setTitle("DigitPad");
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        WindowMemory.place(look, stage);
        stage.show();
        afterFirstFrame(() -> {
            LoggerFactory.getLogger(DigitPadApp.class).info("Window painted {} ms after JVM start", uptime());
            startNatives();
            build(stage, library, userFolder, new Theme(look.dark()));
        });
    }

    /**
     * ND4J's native start (about a second) on its own thread while the pages are built. Not earlier: while
     * JavaFX loads its own native libraries for the first frame, a second thread loading ND4J's deadlocked
     * the dynamic loader with a garbage collection now and then (2 starts in 20 of the installed app, seen in
     * gdb: the FX thread in dlopen of libjavafx_font, the nd4j thread in dlopen, the VM thread creating GC
     * workers, all waiting on the loader's locks).
     */
    private static void startNatives() {
        Thread nativeStart = new Thread(Backend::configure, "nd4j-start");
        nativeStart.setDaemon(true);
        nativeStart.start();
    }

    /**
     * The first frame: a line of text in the theme's colours, made of no controls, so that no stylesheet is
     * loaded before it is painted (the theme comes in with the pages).
     */
    private static Parent starting(boolean dark) {
        Text what = new Text("Starting DigitPad …");
        what.setFont(Font.font(STARTING_TEXT_SIZE));
        what.setFill(Theme.text(dark));
        StackPane box = new StackPane(what);
        box.setBackground(new Background(new BackgroundFill(Theme.background(dark), null, null)));
        box.setAccessibleText("Starting DigitPad");
        return box;
    }

    /** Runs {@code then} on the FX thread once the window's first frame has gone to the screen. */
    private static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 6) {
                    stop();
                    Platform.runLater(then);
                }
            }
        }.start();
    }

    private void build(Stage stage, ModelLibrary library, Path userFolder, Theme theme) {
        gui = new Gui(library, userFolder, theme);
        stage.getScene().setRoot(gui.view());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> gui.app().activeProperty().get() == null
                ? "DigitPad" : "DigitPad — " + gui.app().activeProperty().get().fileName(),
                gui.app().activeProperty()));
        stage.setOnCloseRequest(e -> {
            if (gui.train().isActive()) {
                e.consume();
                confirmStopThenClose(stage);
            }
        });
        Optional<Path> last = gui.remember(stage, theme);
        reportWhenReady();
        if (last.isEmpty() && library.missing().isPresent()) {
            gui.app().reportError("DigitPad has no model to draw with: " + library.missing().get()
                    + ". Open one with File ▸ Open checkpoint…");
        } else {
            startWith(last.orElse(library.defaultModel()), library.defaultModel());
        }
        gui.models().refresh();
    }

    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Loads the model to draw with; when the last session's model fails to load, the bundled default. */
    private void startWith(Path model, Path fallback) {
        javafx.concurrent.Task<ActiveModel> load = gui.app().load(model);
        if (!model.equals(fallback)) {
            load.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e -> {
                gui.app().reportError("The model you drew with last time could not be opened, so DigitPad draws with "
                        + "the bundled one. " + app.digitpad.data.IoMessages.describe(load.getException()));
                gui.app().load(fallback);
            });
        }
    }

    /**
     * Logs how long after JVM start the pad could first predict; with {@code -Ddigitpad.exitWhenReady=true}
     * it then prints {@code READY <epoch ms>} and quits, which is how the start-up benchmark times launches.
     */
    private void reportWhenReady() {
        gui.app().activeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ActiveModel> obs, ActiveModel old,
                                ActiveModel now) {
                obs.removeListener(this);
                long uptime = uptime();
                LoggerFactory.getLogger(DigitPadApp.class).info("Ready to draw {} ms after JVM start", uptime);
                if (Boolean.getBoolean("digitpad.exitWhenReady")) {
                    System.out.println("READY " + System.currentTimeMillis() + " uptime_ms " + uptime);
                    Platform.exit();
                }
            }
        });
    }

    /** Closing during training asks first, then stops between two steps and closes once the run has ended. */
    private void confirmStopThenClose(Stage stage) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "A training run is in progress. Stop it and quit? Checkpoints already saved are kept.",
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage);
        ask.setHeaderText("Stop training?");
        ask.showAndWait().filter(ButtonType.YES::equals).ifPresent(yes -> {
            gui.train().stateProperty().addListener((obs, old, now) -> {
                if (!gui.train().isActive()) {
                    stage.close();
                }
            });
            gui.train().stop();
        });
    }

    @Override
    public void stop() {
        if (gui != null) {
            gui.close();
        }
    }
}
