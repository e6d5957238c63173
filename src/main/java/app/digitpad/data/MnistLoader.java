package app.digitpad.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads the train and test splits from a folder, with an error that tells the user how to get the
 * data when files are missing.
 */
public final class MnistLoader {

    private final Path folder;

    public MnistLoader(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public MnistSet train() throws IOException {
        return load("train", MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS);
    }

    public MnistSet test() throws IOException {
        return load("test", MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS);
    }

    private MnistSet load(String name, MnistFile images, MnistFile labels) throws IOException {
        Path imageFile = require(images);
        Path labelFile = require(labels);
        byte[] pixels = IdxReader.readImages(imageFile);
        byte[] digits = IdxReader.readLabels(labelFile);
        if (pixels.length / MnistSet.PIXELS != digits.length) {
            throw new DataFormatException(labelFile, (pixels.length / MnistSet.PIXELS) + " labels to match "
                    + imageFile.getFileName(), digits.length + " labels");
        }
        return new MnistSet(name, pixels, digits);
    }

    private Path require(MnistFile file) throws IOException {
        return DataLocator.find(folder, file).orElseThrow(() -> new MissingDataException(folder, file));
    }

    /**
     * MNIST is not in the folder. The message says which file and the command line's two ways to fix it;
     * a front with other ways (the app's buttons) builds its own from {@link #missingWhere()}.
     */
    public static final class MissingDataException extends IOException {
        private final String missingWhere;

        MissingDataException(Path folder, MnistFile file) {
            super("MNIST file " + file.gzName() + " not found in " + folder.toAbsolutePath()
                    + ". Run 'digitpad data download', or point --data / " + DataLocator.ENV_VAR
                    + " at a folder with the four IDX files.");
            this.missingWhere = "MNIST file " + file.gzName() + " not found in " + folder.toAbsolutePath();
        }

        /** "MNIST file X not found in FOLDER", without advice. */
        public String missingWhere() {
            return missingWhere;
        }
    }
}
