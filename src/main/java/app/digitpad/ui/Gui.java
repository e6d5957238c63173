package app.digitpad.ui;

import app.digitpad.about.AppInfo;
import app.digitpad.about.AppVersion;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.checkpoint.RecentModels;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.DataLocator;
import app.digitpad.drawing.Stroke;
import app.digitpad.explain.NearestCache;
import app.digitpad.explain.NearestSource;
import app.digitpad.model.Architectures;
import app.digitpad.model.NativeCache;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.settings.SettingsStore;
import app.digitpad.ui.about.AboutModel;
import app.digitpad.ui.about.AboutView;
import app.digitpad.ui.compare.CompareModel;
import app.digitpad.ui.compare.CompareView;
import app.digitpad.ui.draw.DrawModel;
import app.digitpad.ui.draw.DrawPage;
import app.digitpad.ui.draw.DrawView;
import app.digitpad.ui.explain.ExplainModel;
import app.digitpad.ui.explain.ExplainView;
import app.digitpad.ui.explain.TimelineModel;
import app.digitpad.ui.models.ModelsModel;
import app.digitpad.ui.models.ModelsView;
import app.digitpad.ui.number.NumberModel;
import app.digitpad.ui.number.NumberView;
import app.digitpad.ui.personal.FineTuneModel;
import app.digitpad.ui.personal.PersonalModel;
import app.digitpad.ui.personal.PersonalView;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.MnistAccess;
import app.digitpad.ui.shared.Navigator;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.train.TrainForm;
import app.digitpad.ui.train.TrainModel;
import app.digitpad.ui.train.TrainView;
import app.digitpad.verdict.DigitGate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI's composition root: makes the executors, models and views once and wires them. The
 * application and the UI tests both build the window through here, so tests exercise the real wiring.
 */
public final class Gui implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gui.class);

    private final ExecutorService backgroundPool = Executors.newCachedThreadPool(daemon("digitpad-background"));
    private final ExecutorService predictionPool = Executors.newSingleThreadExecutor(daemon("digitpad-predict"));
    /** What the models get: work handed in after {@link #close()} (a load finishing as the window shuts) is dropped. */
    private final Executor background = untilClosed(backgroundPool);
    private final Executor predictions = untilClosed(predictionPool);
    /** Explanations and the learning timeline, one at a time, apart from the pad's predictions. */
    private final ExecutorService explainPool = Executors.newSingleThreadExecutor(daemon("digitpad-explain"));
    private final Executor explaining = untilClosed(explainPool);
    private final AppModel app;
    private final DrawModel draw;
    private final NumberModel number;
    private final ExplainModel explain;
    private final TimelineModel timeline;
    private final ModelsModel models;
    private final TrainModel train;
    private final PersonalModel personal;
    private final FineTuneModel fineTune;
    private final CompareModel compare;
    private final AboutModel about;
    private MainView view;
    private final WindowMemory memory;
    /** The MNIST folder the Train tab uses, for Help ▸ About (read there on a background thread). */
    private volatile Path mnistShown;

    /** {@code library}: bundled models; {@code userFolder}: ~/.digitpad for recent files and runs. */
    public Gui(ModelLibrary library, Path userFolder, Theme theme) {
        memory = new WindowMemory(SettingsStore.in(userFolder), background);
        app = new AppModel(new CheckpointLoader(), new RecentModels(userFolder.resolve("recent-models.json")),
                background);
        app.setUnpackingNatives(!NativeCache.unpackedBefore());
        draw = new DrawModel(predictions, Platform::runLater);
        number = new NumberModel(predictions, Platform::runLater);
        draw.predictorProperty().bind(Bindings.createObjectBinding(
                () -> app.activeProperty().get() == null ? null : app.activeProperty().get().predictor(),
                app.activeProperty()));
        number.predictorProperty().bind(draw.predictorProperty());
        draw.comparePredictorProperty().bind(Bindings.createObjectBinding(
                () -> app.comparison().activeProperty().get() == null ? null
                        : app.comparison().activeProperty().get().predictor(), app.comparison().activeProperty()));
        models = new ModelsModel(app, List.of(library.folder(), RunFolder.ofUser(userFolder)), background);
        personal = new PersonalModel(PersonalSet.ofUser(userFolder), app, background);
        Architectures architectures = Architectures.standard();
        DataLocator locator = DataLocator.system();
        PreparedCache cache = new PreparedCache(locator.cacheFolder());
        train = new TrainModel(new TrainForm(architectures.all(), locator.resolve(null)), architectures,
                app, RunFolder.ofUser(userFolder), cache, background, AppVersion.current());
        Supplier<Path> dataFolder = () -> train.form().dataFolderProperty().get();
        explain = new ExplainModel(explaining, background, Platform::runLater,
                new NearestSource(new NearestCache(locator.cacheFolder(), library.folder()), cache), dataFolder);
        explain.modelProperty().bind(app.activeProperty());
        explain.inkProperty().bind(draw.inkProperty());
        explain.numberProperty().bind(number.readingProperty());
        timeline = new TimelineModel(explaining, Platform::runLater, new CheckpointLoader());
        timeline.openProperty().bind(explain.openProperty());
        timeline.modelProperty().bind(app.activeProperty());
        timeline.inputProperty().bind(draw.networkInputProperty());
        MnistAccess mnistAccess = new MnistAccess(dataFolder, train.form().dataFolderProperty()::set, train::downloadMnist);
        fineTune = new FineTuneModel(personal, app, mnistAccess, TrainModel::missingData, RunFolder.ofUser(userFolder),
                cache, background, architectures, AppVersion.current());
        compare = new CompareModel(app, mnistAccess, cache, personal.set(), background);
        mnistShown = train.form().dataFolderProperty().get();
        train.form().dataFolderProperty().addListener((obs, old, now) -> mnistShown = now);
        about = new AboutModel(() -> AppInfo.collect(library, locator, userFolder, mnistShown), background);
        loadHelpers(library);
        checkUserFolder(userFolder);
        view = window(theme);
        personal.refresh();
        app.activeProperty().addListener((obs, old, now) -> models.refresh());
        app.comparison().activeProperty().addListener((obs, old, now) -> models.refresh());
    }

    /**
     * The window's pages, in tab order: the one list to add a screen to. Each view gets the models it
     * binds to and the navigator it asks for other pages with.
     */
    private MainView window(Theme theme) {
        Navigator navigator = new Navigator();
        NumberView numberView = new NumberView(number);
        DrawPage pad = new DrawPage(new DrawView(draw, app, background, this::collect), numberView, number,
                navigator);
        explain.numberModeProperty().bind(pad.numberModeProperty());
        List<Page> pages = List.of(pad, new TrainView(train, navigator),
                new ModelsView(models, () -> this.view.chooseModel()),
                new PersonalView(personal, fineTune), new CompareView(compare, app, navigator),
                new ExplainView(explain, timeline));
        return new MainView(app, pages, pad, navigator, theme, new AboutView(about));
    }

    /** Whether the user's folder can keep anything, checked in the background; if not, the status line says so. */
    private void checkUserFolder(Path userFolder) {
        background.execute(() -> DataLocator.cannotKeep(userFolder).ifPresent(why -> Platform.runLater(() ->
                app.reportRunningWithout("Nothing is kept between sessions: " + why + " (" + DataLocator.HOME_ENV_VAR
                        + " or ~/.digitpad)"))));
    }

    /** The not-a-digit gate and the touching-digits judge, loaded in the background; a missing one is said. */
    private void loadHelpers(ModelLibrary library) {
        background.execute(() -> {
            Optional<DigitGate> gate = DigitGate.load(library.gate());
            Platform.runLater(() -> gate.ifPresentOrElse(g -> {
                draw.useGate(g);
                number.useGate(g);
                explain.useGate(g);
                personal.useGate(g);
            }, () -> app.reportRunningWithout("No not-a-digit gate (" + library.gate() + "): " + DigitGate.WITHOUT)));
        });
        background.execute(() -> {
            Optional<SegmentJudge> judge = SegmentJudge.load(library.segmentJudge());
            Platform.runLater(() -> judge.ifPresentOrElse(number::useJudge, () -> app.reportRunningWithout(
                    "No touching-digits judge (" + library.segmentJudge() + "): " + SegmentJudge.WITHOUT)));
        });
    }

    /** The pad's digit saved under its true label: its strokes, or only its input when an image is on the pad. */
    private void collect(int label) {
        List<Stroke> strokes = draw.backgroundProperty().get() == null ? List.copyOf(draw.strokes()) : List.of();
        personal.collect(label, strokes, draw.networkInputProperty().get(), draw.verdictProperty().get());
    }

    private static Executor untilClosed(ExecutorService pool) {
        return task -> {
            try {
                pool.execute(task);
            } catch (RejectedExecutionException closed) {
                LOG.debug("Window closed: {} not run", task);
            }
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public AppModel app() {
        return app;
    }

    public DrawModel draw() {
        return draw;
    }

    public ExplainModel explain() {
        return explain;
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public NumberModel number() {
        return number;
    }

    public ModelsModel models() {
        return models;
    }

    public TrainModel train() {
        return train;
    }

    public PersonalModel personal() {
        return personal;
    }

    public FineTuneModel fineTune() {
        return fineTune;
    }

    public CompareModel compare() {
        return compare;
    }

    public AboutModel about() {
        return about;
    }

    public MainView view() {
        return view;
    }

    /**
     * Puts back what the last session left in this window (theme, brush, place, size) and remembers it from
     * now on; returns the model file the last session drew with, when it is still there.
     */
    public Optional<Path> remember(Stage stage, Theme theme) {
        return memory.restore(stage, theme, draw.brushProperty(), app.activeProperty(), train.form().dataFolderProperty());
    }

    @Override
    public void close() {
        backgroundPool.shutdownNow();
        predictionPool.shutdownNow();
        explainPool.shutdownNow();
    }
}
