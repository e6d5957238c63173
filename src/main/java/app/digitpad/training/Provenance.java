package app.digitpad.training;

/**
 * Where a run's digits came from, as its sidecars record it: the data's name and, for a fine-tune, the
 * checkpoint it started from and how many personal digits it learned from.
 *
 * @param dataset        "MNIST", or a mix such as "MNIST replay (3000) + personal (40)"
 * @param parent         file name of the fine-tuned checkpoint (null for an ordinary run)
 * @param personalImages personal digits trained on (null for an ordinary run)
 * @param parentFramework what made the parent when it was imported from Keras (null: a DigitPad checkpoint)
 */
public record Provenance(String dataset, String parent, Integer personalImages, String parentFramework) {

    /** An ordinary run on MNIST. */
    public static Provenance mnist() {
        return new Provenance(MnistData.NAME, null, null, null);
    }
}
