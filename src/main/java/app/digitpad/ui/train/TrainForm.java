package app.digitpad.ui.train;

import app.digitpad.model.Architecture;
import app.digitpad.model.Recipe;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.training.TrainingConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The training form's values and their validation. Defaults are the tutorial's run; every field refuses
 * bad text with a reason, and {@link #config()} is present only when all fields are valid.
 */
public final class TrainForm {

    private final Map<String, Recipe> recipes = new LinkedHashMap<>();
    private final StringProperty architecture;
    /** Epochs, batch size, learning rate and augmentation start from the first architecture's recipe. */
    private final Field<Integer> epochs = new Field<>("", Field.integer("Epochs", 1, TrainingConfig.MAX_EPOCHS, false));
    private final Field<Integer> batch = new Field<>("", Field.integer("Batch size", 1, TrainingConfig.MAX_BATCH, false));
    private final Field<Double> learningRate = new Field<>("", Field.number("Learning rate", 0, 10));
    private final Field<Integer> seed = new Field<>("1", Field.integer("Seed", 0, Integer.MAX_VALUE, false));
    private final Field<Integer> saveEvery = new Field<>("1", Field.integer("Checkpoint interval", 1, TrainingConfig.MAX_EPOCHS, false));
    private final Field<Integer> trainLimit = new Field<>("", Field.integer("Training subset", 1, TrainingConfig.MNIST_TRAIN_IMAGES, true));
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>();
    private final BooleanProperty augment = new SimpleBooleanProperty();
    private final BooleanBinding valid;

    public TrainForm(List<Architecture> architectures, Path dataFolder) {
        architectures.forEach(a -> recipes.put(a.name(), a.recipe()));
        this.architecture = new SimpleStringProperty(architectures.get(0).name());
        this.dataFolder.set(dataFolder);
        architecture.addListener((o, was, now) -> apply(recipes.get(now)));
        apply(recipes.get(architecture.get()));
        valid = Bindings.createBooleanBinding(() -> fields().stream().allMatch(f -> f.errorProperty().get().isEmpty()),
                epochs.errorProperty(), batch.errorProperty(), learningRate.errorProperty(), seed.errorProperty(),
                saveEvery.errorProperty(), trainLimit.errorProperty());
    }

    private List<Field<?>> fields() {
        return List.of(epochs, batch, learningRate, seed, saveEvery, trainLimit);
    }

    /** The run the form describes, or empty while any field is refused. */
    public Optional<TrainingConfig> config() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new TrainingConfig(architecture.get(), epochs.value().orElseThrow(),
                batch.value().orElseThrow(), learningRate.value().orElseThrow(), seed.value().orElseThrow(),
                trainLimit.value().orElse(null), null, saveEvery.value().orElseThrow(), 3,
                augment.get() ? Augmentation.standard() : Augmentation.NONE));
    }

    public List<String> architectures() {
        return List.copyOf(recipes.keySet());
    }

    /** Choosing an architecture fills in the run it trains best with; the user may change any of it after. */
    private void apply(Recipe recipe) {
        if (recipe == null) {
            return;
        }
        epochs.textProperty().set(Integer.toString(recipe.epochs()));
        batch.textProperty().set(Integer.toString(recipe.batchSize()));
        learningRate.textProperty().set(Double.toString(recipe.learningRate()));
        augment.set(recipe.augment());
    }

    public StringProperty architectureProperty() {
        return architecture;
    }

    public Field<Integer> epochs() {
        return epochs;
    }

    public Field<Integer> batch() {
        return batch;
    }

    public Field<Double> learningRate() {
        return learningRate;
    }

    public Field<Integer> seed() {
        return seed;
    }

    public Field<Integer> saveEvery() {
        return saveEvery;
    }

    public Field<Integer> trainLimit() {
        return trainLimit;
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }

    /** Train on randomly tilted, scaled, shifted, sheared and re-stroked variants ({@link Augmentation#standard()}). */
    public BooleanProperty augmentProperty() {
        return augment;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
