package app.digitpad.ui.about;

import app.digitpad.about.AppInfo;
import app.digitpad.data.IoMessages;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Help ▸ About's state: the bug-report text of {@link AppInfo}. Collecting it may load the natives, so it
 * runs on the background executor; the text changes on the FX thread. Commands and properties belong to
 * the FX thread.
 */
public final class AboutModel {

    /** Shown until the report is ready. */
    public static final String COLLECTING = "Collecting versions and paths …";

    private final Supplier<AppInfo> source;
    private final Executor background;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(COLLECTING);

    public AboutModel(Supplier<AppInfo> source, Executor background) {
        this.source = source;
        this.background = background;
    }

    /** Collects the report again (paths and natives do not change while running, but the cost is small). */
    public Task<AppInfo> refresh() {
        Task<AppInfo> task = new Task<>() {
            @Override
            protected AppInfo call() {
                return source.get();
            }
        };
        task.setOnSucceeded(e -> text.set(String.join(System.lineSeparator(), task.getValue().lines())));
        task.setOnFailed(e -> text.set("Could not collect the report: " + IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
