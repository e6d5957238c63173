package app.digitpad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A Keras-style layer table, so a DigitPad model can be compared line by line with the tutorial's
 * {@code model.summary()}. Shapes are printed height, width, channels as Keras does.
 */
public final class ModelSummary {

    /** One row: layer, output shape, parameter count. */
    public record Row(String layer, String outputShape, long params) {
    }

    private final List<Row> rows;
    private final long total;

    private ModelSummary(List<Row> rows, long total) {
        this.rows = rows;
        this.total = total;
    }

    public static ModelSummary of(Network network) {
        if (!network.layered()) {
            return new ModelSummary(List.of(), -1);
        }
        MultiLayerNetwork net = network.dl4jNetwork();
        List<InputType> types = net.getLayerWiseConfigurations()
                .getLayerActivationTypes(InputType.convolutional(28, 28, 1));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            String type = net.getLayer(i).conf().getLayer().getClass().getSimpleName();
            String name = "layer" + i + " (" + type + ")";
            rows.add(new Row(name, shape(types.get(i)), net.getLayer(i).numParams()));
        }
        return new ModelSummary(List.copyOf(rows), net.numParams());
    }

    public List<Row> rows() {
        return rows;
    }

    public long totalParams() {
        return total;
    }

    /** The table as text, ending with {@code Total params: 93,322} for the tutorial CNN. */
    public String render(String title) {
        String rule = "_".repeat(65);
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(title).append("\"\n").append(rule).append('\n');
        sb.append(String.format(Locale.ROOT, "%-32s %-22s %9s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append("=".repeat(65)).append('\n');
        if (total < 0) {
            return sb.append("an ONNX graph run by ONNX Runtime: its layers and parameters are not shown\n").toString();
        }
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-32s %-22s %,9d%n", r.layer(), r.outputShape(), r.params()));
        }
        sb.append("=".repeat(65)).append('\n');
        sb.append(String.format(Locale.ROOT, "Total params: %,d%n", total));
        return sb.toString();
    }

    private static String shape(InputType type) {
        if (type instanceof InputType.InputTypeConvolutional c) {
            return "(None, " + c.getHeight() + ", " + c.getWidth() + ", " + c.getChannels() + ")";
        }
        if (type instanceof InputType.InputTypeFeedForward f) {
            return "(None, " + f.getSize() + ")";
        }
        return type.toString();
    }
}
