package app.digitpad.data;

/**
 * The four MNIST files, with the SHA-256 of the .gz each public mirror serves. A local folder is
 * checked by format instead: a faithful rebuild of the data has other bytes but the same content.
 */
public enum MnistFile {
    TRAIN_IMAGES("train-images-idx3-ubyte", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
    TRAIN_LABELS("train-labels-idx1-ubyte", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
    TEST_IMAGES("t10k-images-idx3-ubyte", "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    TEST_LABELS("t10k-labels-idx1-ubyte", "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");

    private final String baseName;
    private final String sha256;

    MnistFile(String baseName, String sha256) {
        this.baseName = baseName;
        this.sha256 = sha256;
    }

    public String baseName() {
        return baseName;
    }

    /** The name mirrors serve and the downloader writes. */
    public String gzName() {
        return baseName + ".gz";
    }

    public String sha256() {
        return sha256;
    }
}
