package app.digitpad.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Claims a run folder for one run at a time. Two runs writing into one folder (training's checkpoints,
 * {@code explain}'s pictures) would give their files the same names and one of them would be lost; the
 * second is refused with the first's process id. The claim is an OS file lock, so it ends when the process
 * ends, even by kill -9; the small lock file stays in the folder (removing it would race with the next run
 * opening it). Any thread; close on the thread that ends the run.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file's name in the run folder; hidden, and not a model file. */
    public static final String FILE = ".digitpad-run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims {@code folder} (which must exist) or says who holds it. */
    public static RunLock acquire(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(folder, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw busy(folder, "this process");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static IOException busy(Path folder, String holder) {
        return new IOException("output folder " + folder + " is in use by another run (" + holder + "); wait for it "
                + "to end or choose another folder: two runs in one folder would overwrite each other's files");
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "another process" : "process " + pid;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
