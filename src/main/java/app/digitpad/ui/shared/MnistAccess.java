package app.digitpad.ui.shared;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * How a screen other than Train gets MNIST when it is missing: the folder the Train tab uses, a way to
 * choose another, and a download into it. The shell builds it from the Train tab's model, so a screen can
 * offer "Download MNIST" or "Choose…" where the need arises without importing another screen. FX thread.
 */
public record MnistAccess(Supplier<Path> folder, Consumer<Path> choose, Supplier<Task<Void>> download) {
}
