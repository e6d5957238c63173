package app.digitpad.data;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Map;

/**
 * Puts a Java I/O failure in the user's words: what, where and why. Java's file-system exceptions carry
 * only the path as their message ({@code error: /proc/self/x}), and a write that fills the disk says why but
 * not where; both fronts show failures through here. Stateless; any thread.
 */
public final class IoMessages {

    /** Java's exceptions that carry only a path, with the reason in words. */
    private static final Map<Class<? extends Exception>, String> REASONS = Map.of(
            NoSuchFileException.class, "no such file or folder",
            AccessDeniedException.class, "permission denied",
            FileAlreadyExistsException.class, "already exists (as a file where a folder is needed, or the other way round)",
            NotDirectoryException.class, "not a folder",
            DirectoryNotEmptyException.class, "the folder is not empty",
            FileSystemLoopException.class, "a loop of links",
            ReadOnlyFileSystemException.class, "the file system is read-only");

    private IoMessages() {
    }

    /** The whole message: the path(s) involved and the reason, or the exception's own text when it has both. */
    public static String describe(Throwable e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile();
            return fs.getFile() + other + ": " + reason(e);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? reason(e) : message;
    }

    /** The reason alone when the failure is about {@code named}, which the caller's message names already. */
    public static String describe(Throwable e, java.nio.file.Path named) {
        if (e instanceof FileSystemException fs && fs.getOtherFile() == null && fs.getFile() != null
                && java.nio.file.Path.of(fs.getFile()).equals(named)) {
            return reason(e);
        }
        return describe(e);
    }

    /** Why, without the path: for a message that names the path itself. */
    public static String reason(Throwable e) {
        for (Map.Entry<Class<? extends Exception>, String> known : REASONS.entrySet()) {
            if (known.getKey().isInstance(e)) {
                return known.getValue();
            }
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the operating system refused it";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
