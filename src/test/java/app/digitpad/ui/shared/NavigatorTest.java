package app.digitpad.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** Pages ask through the navigator; whoever listens hears the typed request, in order. */
class NavigatorTest {

    private static final class SomePage implements Page {
        @Override
        public String title() {
            return "Some";
        }

        @Override
        public Node node() {
            throw new UnsupportedOperationException("not shown in this test");
        }
    }

    @Test
    void everyListenerHearsEachRequestInOrder() {
        Navigator navigator = new Navigator();
        List<Navigator.Request> first = new ArrayList<>();
        List<Navigator.Request> second = new ArrayList<>();
        navigator.listen(first::add);
        navigator.listen(second::add);
        GrayImage image = new GrayImage(28, 28, new float[28 * 28]);

        navigator.show(SomePage.class);
        navigator.showOnPad(image);

        assertEquals(List.of(new Navigator.Show(SomePage.class), new Navigator.ShowOnPad(image)), first);
        assertEquals(first, second);
        assertSame(image, ((Navigator.ShowOnPad) first.get(1)).image());
    }

    @Test
    void aListenerMayAskForAnotherPageWhileHandlingARequest() {
        Navigator navigator = new Navigator();
        List<Navigator.Request> heard = new ArrayList<>();
        navigator.listen(r -> {
            if (r instanceof Navigator.ShowOnPad) {
                navigator.show(SomePage.class);
            }
        });
        navigator.listen(heard::add);
        GrayImage image = new GrayImage(28, 28, new float[28 * 28]);
        navigator.showOnPad(image);
        assertEquals(List.of(new Navigator.Show(SomePage.class), new Navigator.ShowOnPad(image)), heard,
                "the page's own request is heard at once, before the rest hear the first");
    }
}
