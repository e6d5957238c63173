package app.digitpad.ui.draw;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The 28x28 image the network receives, enlarged with a visible pixel grid. */
final class NetworkInputView extends Canvas {

    private static final int CELL = 6;
    private static final int SIDE = 28;

    NetworkInputView() {
        super(SIDE * CELL + 1, SIDE * CELL + 1);
        setId("network-input");
        setAccessibleText("What the network sees: the drawing as the 28 by 28 image it reads");
        show(null);
    }

    void show(float[] input) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web("#2b2b2b"));
        g.fillRect(0, 0, getWidth(), getHeight());
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double v = input == null ? 0 : Math.max(0, Math.min(1, input[y * SIDE + x]));
                g.setFill(Color.gray(v));
                g.fillRect(x * CELL + 1, y * CELL + 1, CELL - 1, CELL - 1);
            }
        }
    }
}
