package app.digitpad.personal;

import app.digitpad.data.MnistSet;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.TrainingData;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * A fine-tune's digits: the personal training part, repeated so it weighs in every epoch, mixed with a
 * seeded sample of MNIST's training digits (replay, so MNIST is not forgotten); measured each epoch on
 * MNIST's test digits. Not thread-safe: one run's thread uses it.
 */
public final class FineTuneData implements TrainingData {

    private final MnistData mnist;
    private final List<PersonalData.Item> personal;
    private final FineTune recipe;
    private final long seed;

    public FineTuneData(MnistData mnist, List<PersonalData.Item> personalTrain, FineTune recipe, long seed) {
        if (personalTrain.isEmpty()) {
            throw new IllegalArgumentException("no personal digits to fine-tune on (all were held out or none saved)");
        }
        this.mnist = mnist;
        this.personal = List.copyOf(personalTrain);
        this.recipe = recipe;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "MNIST replay (" + recipe.replayImages() + ") + personal (" + personal.size() + ")";
    }

    @Override
    public Integer personalImages() {
        return personal.size();
    }

    @Override
    public void check() throws IOException {
        mnist.check();
    }

    /** {@code limit} is ignored: a fine-tune's size is its recipe's. */
    @Override
    public MnistSet train(Integer limit, Progress progress) throws IOException {
        MnistSet once = PersonalData.toSet("personal", personal);
        MnistSet repeated = MnistSet.concat("personal", Collections.nCopies(recipe.repeats(personal.size()), once)
                .toArray(MnistSet[]::new));
        return MnistSet.concat("fine-tune", repeated, mnist.sample(recipe.replayImages(), seed, progress));
    }

    @Override
    public MnistSet test(Integer limit, Progress progress) throws IOException {
        return mnist.test(limit, progress);
    }
}
