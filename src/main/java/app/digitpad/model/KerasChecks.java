package app.digitpad.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a Keras 2 model_config must be for DigitPad to import it, checked before DL4J sees it, so a refusal
 * names the layer or the shape and says what to do instead of quoting DL4J's internals.
 */
final class KerasChecks {

    /** The layers DigitPad imports: the tutorial's and those of any plain Sequential digit CNN. */
    static final Set<String> LAYERS = Set.of("InputLayer", "Conv2D", "MaxPooling2D", "AveragePooling2D", "Flatten",
            "Dense", "BatchNormalization", "Dropout", "Activation", "ReLU", "Softmax");
    private static final Set<String> MODELS = Set.of("Sequential", "Functional", "Model");

    private KerasChecks() {
    }

    static void checkSequential(JsonNode model) throws ImportException {
        String kind = model.path("class_name").asText();
        if (!"Sequential".equals(kind)) {
            throw new ImportException("a Keras " + kind + " model: DigitPad imports keras.Sequential models (a "
                    + "plain stack of layers); rebuild it as one and save it with model.save('model.h5')");
        }
        List<JsonNode> layers = layers(model);
        for (JsonNode layer : layers) {
            check(layer);
        }
        checkInput(layers);
        checkOutput(layers);
    }

    private static List<JsonNode> layers(JsonNode model) {
        JsonNode config = model.path("config");
        JsonNode list = config.isArray() ? config : config.path("layers");
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    private static void check(JsonNode layer) throws ImportException {
        String kind = layer.path("class_name").asText();
        String name = layer.path("config").path("name").asText(kind);
        if (MODELS.contains(kind)) {
            throw new ImportException("layer '" + name + "' is a whole " + kind + " model nested inside this one, "
                    + "which DL4J cannot import: put its layers into one flat keras.Sequential and save that");
        }
        if (!LAYERS.contains(kind)) {
            throw new ImportException("layer '" + name + "' (" + kind + ") cannot be imported: DigitPad imports "
                    + String.join(", ", LAYERS.stream().sorted().toList()) + hint(kind));
        }
        if ("channels_first".equals(layer.path("config").path("data_format").asText())) {
            throw new ImportException("layer '" + name + "' is channels_first: DigitPad imports channels_last "
                    + "models, as Keras makes them by default");
        }
    }

    private static String hint(String kind) {
        return "Rescaling".equals(kind)
                ? " (DigitPad already gives the model pixels from 0 to 1, as x / 255 does: save the model without "
                  + "the Rescaling layer)"
                : " (save the model without it, or with layers from that list)";
    }

    private static void checkInput(List<JsonNode> layers) throws ImportException {
        JsonNode shape = layers.isEmpty() ? null : layers.get(0).path("config").path("batch_input_shape");
        if (shape == null || !shape.isArray()) {
            throw new ImportException("the model does not say its input shape (built without input_shape): "
                    + "give its first layer input_shape=(28, 28, 1) and save it again");
        }
        List<String> dims = new ArrayList<>();
        for (int i = 1; i < shape.size(); i++) {
            dims.add(shape.get(i).asText());
        }
        if (!dims.equals(List.of("28", "28", "1"))) {
            throw new ImportException("the model takes inputs of shape (" + String.join(", ", dims) + "), but "
                    + "DigitPad gives 28x28 grey digits, shape (28, 28, 1)");
        }
    }

    private static void checkOutput(List<JsonNode> layers) throws ImportException {
        for (int i = layers.size() - 1; i >= 0; i--) {
            JsonNode config = layers.get(i).path("config");
            if ("Dense".equals(layers.get(i).path("class_name").asText())) {
                int units = config.path("units").asInt();
                if (units != 10) {
                    throw new ImportException("the last Dense layer ('" + config.path("name").asText() + "') has "
                            + units + " units: a digit model answers 10 classes");
                }
                return;
            }
        }
        throw new ImportException("the model has no Dense layer to answer the 10 digit classes");
    }

    /** DL4J's failure in the user's words. */
    static String explain(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(". Please file an issue");
        if (cut < 0) {
            cut = message.indexOf(". For more information");
        }
        return "DL4J could not import it (" + (cut > 0 ? message.substring(0, cut) : message) + ")";
    }
}
