package app.digitpad.data;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Puts a Java I/O failure in the user's words: what, where and why. Java's file-system exceptions carry
 * only the path as their message ({@code error: /proc/self/x}), and a write that fills the disk says why but
 * not where; both fronts show failures through here. Stateless; any thread.
 */
public final class IoMessages {

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
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists (as a file where a folder is needed, or the other way round)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of links";
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the operating system refused it";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
