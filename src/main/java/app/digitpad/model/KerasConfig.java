package app.digitpad.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Keras 2's model_config JSON for the layers DigitPad imports and exports, written as Keras 2.13 writes
 * it (every field its importers read, initializers included), so that a file DigitPad writes loads with
 * {@code keras.models.load_model} and a weights-only file can be given an architecture.
 */
final class KerasConfig {

    /** The Keras version written into exported files: the last Keras 2 release line. */
    static final String KERAS_VERSION = "2.13.1";
    static final ObjectMapper JSON = new ObjectMapper();

    private KerasConfig() {
    }

    static ObjectNode model(List<ObjectNode> layers) {
        ObjectNode model = JSON.createObjectNode().put("class_name", "Sequential");
        ObjectNode config = model.putObject("config").put("name", "sequential");
        ArrayNode list = config.putArray("layers");
        ObjectNode input = list.addObject().put("class_name", "InputLayer");
        ObjectNode inputConfig = input.putObject("config");
        inputConfig.putArray("batch_input_shape").addNull().add(28).add(28).add(1);
        inputConfig.put("dtype", "float32").put("sparse", false).put("ragged", false).put("name", "input_1");
        layers.forEach(list::add);
        model.put("keras_version", KERAS_VERSION).put("backend", "tensorflow");
        return model;
    }

    static ObjectNode conv(String name, int filters, int kernel, String padding, String activation) {
        ObjectNode config = layer("Conv2D", name);
        ObjectNode c = (ObjectNode) config.get("config");
        c.put("filters", filters);
        c.putArray("kernel_size").add(kernel).add(kernel);
        c.putArray("strides").add(1).add(1);
        c.put("padding", padding).put("data_format", "channels_last");
        c.putArray("dilation_rate").add(1).add(1);
        c.put("groups", 1).put("activation", activation).put("use_bias", true);
        weighted(c, "kernel", "bias");
        return config;
    }

    static ObjectNode pool(String name, String kind, int size) {
        ObjectNode config = layer(kind, name);
        ObjectNode c = (ObjectNode) config.get("config");
        c.putArray("pool_size").add(size).add(size);
        c.put("padding", "valid");
        c.putArray("strides").add(size).add(size);
        c.put("data_format", "channels_last");
        return config;
    }

    static ObjectNode flatten(String name) {
        ObjectNode config = layer("Flatten", name);
        ((ObjectNode) config.get("config")).put("data_format", "channels_last");
        return config;
    }

    static ObjectNode dense(String name, int units, String activation) {
        ObjectNode config = layer("Dense", name);
        ObjectNode c = (ObjectNode) config.get("config");
        c.put("units", units).put("activation", activation).put("use_bias", true);
        weighted(c, "kernel", "bias");
        return config;
    }

    /** {@code axis}: 3 over feature maps (channels last), 1 over a dense layer's units. */
    static ObjectNode batchNorm(String name, int axis, double epsilon, double momentum) {
        ObjectNode config = layer("BatchNormalization", name);
        ObjectNode c = (ObjectNode) config.get("config");
        c.putArray("axis").add(axis);
        c.put("momentum", momentum).put("epsilon", epsilon).put("center", true).put("scale", true);
        initializer(c, "beta_initializer", "Zeros");
        initializer(c, "gamma_initializer", "Ones");
        initializer(c, "moving_mean_initializer", "Zeros");
        initializer(c, "moving_variance_initializer", "Ones");
        for (String none : List.of("beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint")) {
            c.putNull(none);
        }
        return config;
    }

    static ObjectNode dropout(String name, double rate) {
        ObjectNode config = layer("Dropout", name);
        ((ObjectNode) config.get("config")).put("rate", rate).putNull("noise_shape").putNull("seed");
        return config;
    }

    static ObjectNode activation(String name, String activation) {
        ObjectNode config = layer("Activation", name);
        ((ObjectNode) config.get("config")).put("activation", activation);
        return config;
    }

    private static ObjectNode layer(String kind, String name) {
        ObjectNode layer = JSON.createObjectNode().put("class_name", kind);
        layer.putObject("config").put("name", name).put("trainable", true).put("dtype", "float32");
        return layer;
    }

    private static void weighted(ObjectNode c, String kernel, String bias) {
        initializer(c, kernel + "_initializer", "GlorotUniform");
        initializer(c, bias + "_initializer", "Zeros");
        for (String none : List.of("kernel_regularizer", "bias_regularizer", "activity_regularizer",
                "kernel_constraint", "bias_constraint")) {
            c.putNull(none);
        }
    }

    private static void initializer(ObjectNode c, String field, String kind) {
        ObjectNode init = c.putObject(field).put("class_name", kind);
        ObjectNode config = init.putObject("config");
        if ("GlorotUniform".equals(kind)) {
            config.putNull("seed");
        }
    }
}
