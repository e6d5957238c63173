package app.digitpad.ui.draw;

import app.digitpad.drawing.PadRaster;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.DataLocator;
import app.digitpad.data.MnistLoader;
import app.digitpad.model.Architectures;
import app.digitpad.model.Backend;
import app.digitpad.training.Trainer;
import app.digitpad.training.TrainingConfig;
import app.digitpad.ui.Gui;
import app.digitpad.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Benchmark, not a test: on the real window, the time from a stroke's mouse release to the bars holding
 * the new answer, and to the end of the next layout pulse (the frame that shows them). Strokes are
 * delivered as mouse events to the canvas's own handlers, so OS input latency is not included.
 * It lives with the tests, not in the app, and runs under a display with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) app.digitpad.ui.draw.DrawLatencyBench
 * [strokes] [--while-training DATA_DIR | --explain]}. With {@code --explain}, strokes alternate between Explain
 * closed and open (its model set open while the pad is drawn on, as if both were on screen: the worst case), and
 * a heartbeat posted to the FX thread every 5 ms measures how long anything held that thread.
 */
public final class DrawLatencyBench {

    public static void main(String[] args) {
        Backend.configure();
        Application.launch(Window.class, args);
    }

    /** The measuring application; separate so that {@code main} starts without JavaFX's launcher check. */
    public static final class Window extends Application {

    private final List<Double> toBars = new ArrayList<>();
    private final List<Double> toFrame = new ArrayList<>();
    /** With {@code --explain}: the same for strokes made while Explain computes, and the explanation's arrival. */
    private final List<Double> toBarsOpen = new ArrayList<>();
    private final List<Double> toFrameOpen = new ArrayList<>();
    private final List<Double> toExplanation = new ArrayList<>();
    /** How late a heartbeat posted to the FX thread every few ms ran: what any blocking of the FX thread costs. */
    private final List<Double> fxDelayClosed = new ArrayList<>();
    private final List<Double> fxDelayOpen = new ArrayList<>();
    private volatile boolean explainOpen;
    private boolean alternate;
    /** Explanations not seen within 20 s of their answer (reported; the run goes on). */
    private int missed;
    private final java.util.concurrent.ScheduledExecutorService watchdog =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-watchdog");
                t.setDaemon(true);
                return t;
            });
    private app.digitpad.preprocess.GrayImage awaitedInk;
    private long awaitedSince;
    private final AtomicBoolean training = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger trainingSteps = new java.util.concurrent.atomic.AtomicInteger();
    private int stepsAtStart;
    private Gui gui;
    private Canvas canvas;
    private int strokes;
    private long released;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        strokes = args.isEmpty() || args.get(0).startsWith("--") ? 200 : Integer.parseInt(args.get(0));
        int trainAt = args.indexOf("--while-training");
        alternate = args.contains("--explain");
        gui = new Gui(ModelLibrary.locate(), Files.createTempDirectory("digitpad-bench"), new Theme());
        stage.setScene(new Scene(gui.view(), 1100, 720));
        stage.show();
        canvas = (Canvas) stage.getScene().lookup("#pad-canvas");
        gui.draw().predictionProperty().addListener((obs, old, p) -> {
            long now = System.nanoTime();
            double latency = gui.draw().latencyMillisProperty().get();
            boolean answersTheRelease = released != 0 && now - (long) (latency * 1e6) >= released;
            if (p != null && answersTheRelease) {
                boolean open = explainOpen;
                (open ? toBarsOpen : toBars).add((now - released) / 1e6);
                long stroke = released;
                released = 0;
                if (open) {
                    awaitedInk = gui.draw().inkProperty().get();
                    awaitedSince = stroke;
                    app.digitpad.preprocess.GrayImage ink = awaitedInk;
                    watchdog.schedule(() -> Platform.runLater(() -> {
                        if (awaitedInk == ink) {
                            missed++;
                            awaitedInk = null;
                            next();
                        }
                    }), 20, java.util.concurrent.TimeUnit.SECONDS);
                }
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        (open ? toFrameOpen : toFrame).add((System.nanoTime() - stroke) / 1e6);
                        stage.getScene().removePostLayoutPulseListener(this);
                        if (!open) {
                            Platform.runLater(Window.this::next);
                        }
                    }
                });
            }
        });
        gui.explain().explanationProperty().addListener((obs, old, e) -> {
            if (e != null && awaitedInk != null && e.source() == awaitedInk) {
                toExplanation.add((System.nanoTime() - awaitedSince) / 1e6);
                awaitedInk = null;
                Platform.runLater(this::next);
            }
        });
        gui.app().activeProperty().addListener((obs, old, m) -> {
            if (alternate) {
                startHeartbeat();
                gui.explain().openProperty().unbind();
                gui.explain().openProperty().set(true);
                gui.explain().indexProperty().addListener((o, was, index) -> {
                    if (index != null) {
                        Platform.runLater(this::next);
                    }
                });
            } else if (trainAt >= 0) {
                startTraining(Path.of(args.get(trainAt + 1)));
            } else {
                Platform.runLater(this::next);
            }
        });
        gui.app().load(ModelLibrary.locate().defaultModel());
    }

    /** Keeps the tutorial CNN training on a background thread for the whole measurement. */
    private void startTraining(Path data) {
        training.set(true);
        Thread t = new Thread(() -> {
            try {
                MnistLoader loader = new MnistLoader(new DataLocator(System.getenv(), Path.of(".")).resolve(data));
                Trainer trainer = new Trainer(Architectures.standard(), "bench");
                TrainingConfig config = new TrainingConfig("tutorial", 1000, 64, 1e-3, 1, null, 1000, 1000, 1, Augmentation.NONE);
                trainer.train(config, trainer.fresh(config), loader.train(), loader.test(),
                        new CheckpointStore(Files.createTempDirectory("digitpad-bench-run"), 1), e -> {
                            if (trainingSteps.incrementAndGet() == 20) {
                                Platform.runLater(this::next);
                            }
                        }, () -> !training.get());
            } catch (Exception e) {
                System.err.println("background training failed: " + e.getMessage());
            }
        }, "bench-training");
        t.setDaemon(true);
        t.start();
    }

    private void next() {
        int done = toBars.size() + toBarsOpen.size();
        if (toBars.size() == 20) {
            stepsAtStart = trainingSteps.get();
        }
        if (done >= strokes) {
            report();
            return;
        }
        if (alternate) {
            explainOpen = done % 2 == 1;
            gui.explain().openProperty().set(explainOpen);
        }
        gui.draw().clear();
        boolean vertical = done % 4 < 2;
        fire(MouseEvent.MOUSE_PRESSED, vertical ? 140 : 80, vertical ? 40 : 60);
        for (int i = 1; i <= 20; i++) {
            fire(MouseEvent.MOUSE_DRAGGED, vertical ? 140 : 80 + 6 * i, vertical ? 40 + 10 * i : 60 + 8 * i);
        }
        released = System.nanoTime();
        fire(MouseEvent.MOUSE_RELEASED, vertical ? 140 : 200, vertical ? 240 : 220);
    }

    private void fire(javafx.event.EventType<MouseEvent> type, double padX, double padY) {
        double k = canvas.getWidth() / PadRaster.SIZE;
        double x = padX * k;
        double y = padY * k;
        var screen = canvas.localToScreen(x, y);
        canvas.fireEvent(new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private void report() {
        int steps = trainingSteps.get() - stepsAtStart;
        training.set(false);
        String closed = alternate ? " (Explain closed)" : "";
        System.out.printf(Locale.ROOT, "mouse release -> bars updated%s: %s%n", closed, stats(toBars));
        System.out.printf(Locale.ROOT, "mouse release -> next frame laid out%s: %s%n", closed, stats(toFrame));
        if (alternate) {
            System.out.printf(Locale.ROOT, "FX thread heartbeat delay%s: %s%n", closed, stats(fxDelayClosed));
            System.out.printf(Locale.ROOT, "mouse release -> bars updated (Explain open): %s%n", stats(toBarsOpen));
            System.out.printf(Locale.ROOT, "mouse release -> next frame laid out (Explain open): %s%n", stats(toFrameOpen));
            System.out.printf(Locale.ROOT, "mouse release -> explanation shown (Explain open): %s%n", stats(toExplanation));
            System.out.printf(Locale.ROOT, "FX thread heartbeat delay, Explain open: %s%n", stats(fxDelayOpen));
            System.out.printf(Locale.ROOT, "(strokes alternate: Explain closed, then open and computing; "
                    + "explanations not seen within 20 s: %d)%n", missed);
        }
        System.out.printf(Locale.ROOT, "(%d strokes, first 20 excluded as warm-up%s)%n", strokes,
                getParameters().getRaw().contains("--while-training")
                        ? ", " + steps + " training steps (batch 64) ran during the timed strokes" : "");
        gui.close();
        Platform.exit();
    }

    /** Posts a runnable to the FX thread every 5 ms and records how late it ran, by the mode at the time, after warm-up. */
    private void startHeartbeat() {
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            boolean open = explainOpen;
            Platform.runLater(() -> {
                if (toBars.size() + toBarsOpen.size() > 20) {
                    (open ? fxDelayOpen : fxDelayClosed).add((System.nanoTime() - posted) / 1e6);
                }
            });
        }, 5, 5, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static String stats(List<Double> all) {
        List<Double> ms = new ArrayList<>(all.subList(Math.min(20, all.size() - 1), all.size()));
        ms.sort(Double::compare);
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n %d)", ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.99)), ms.get(ms.size() - 1), ms.size());
    }
    }
}
