package app.digitpad.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Says in the user's words why a path given as a file (an image, a model, a data file) cannot be read as
 * one, so that a folder or a looping link is not reported as "no such file". Any thread.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /** Empty for a readable regular file; otherwise what the path is instead ("is a directory", …). */
    public static Optional<String> problem(Path file) {
        if (Files.isRegularFile(file)) {
            return Files.isReadable(file) ? Optional.empty() : Optional.of("cannot be read (permission denied)");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("is a directory, not a file");
        }
        if (Files.isSymbolicLink(file)) {
            return Optional.of("is a link that leads nowhere (broken, or a loop of links)");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is not a regular file");
        }
        return Optional.of("no such file");
    }
}
