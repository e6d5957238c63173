package app.digitpad.ui.shared;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Typed navigation requests, so that a page can bring another to the front or put an image on the pad
 * without knowing how the window is laid out: the shell listens for {@link Show}, the drawing page for
 * {@link ShowOnPad}. FX thread.
 */
public final class Navigator {

    /** A request to the window. */
    public sealed interface Request permits Show, ShowOnPad {
    }

    /** Bring this page to the front. */
    public record Show(Class<? extends Page> page) implements Request {
    }

    /** Put this image on the drawing pad (read like a drawing) and show the pad. */
    public record ShowOnPad(GrayImage image) implements Request {
    }

    private final List<Consumer<Request>> listeners = new ArrayList<>();

    /** {@code listener} hears every later request. */
    public void listen(Consumer<Request> listener) {
        listeners.add(listener);
    }

    public void show(Class<? extends Page> page) {
        send(new Show(page));
    }

    public void showOnPad(GrayImage image) {
        send(new ShowOnPad(image));
    }

    private void send(Request request) {
        for (Consumer<Request> l : List.copyOf(listeners)) {
            l.accept(request);
        }
    }
}
