package app.digitpad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a child JVM's standard output to the parent's, except the banner HotSpot prints there when it dies of a
 * fatal error, which goes to the standard error instead. A command asked for {@code --json} promises JSON on its
 * standard output; HotSpot writes its banner to the standard output whatever the options
 * ({@code -XX:+DisplayVMOutputToStderr} does not move it), so a script reading that output got "# A fatal error
 * has been detected ..." where it expected JSON. Bytes pass as they come; only a line that starts with {@code #} is
 * held until its end, to see whether the banner begins there. Runs on the thread that drains the child's output.
 */
final class FatalBanner {

    /** HotSpot's first words after the banner's opening {@code #} line. */
    static final String FIRST_LINE = "# A fatal error has been detected by the Java Runtime Environment";

    private final OutputStream out;
    private final OutputStream err;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean atLineStart = true;
    private boolean holding;
    private boolean crashed;

    private FatalBanner(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    /** Copies {@code from} until it ends: the banner and everything after it to {@code err}, the rest to {@code out}. */
    static void copy(InputStream from, OutputStream out, OutputStream err) throws IOException {
        FatalBanner banner = new FatalBanner(out, err);
        byte[] buffer = new byte[8192];
        for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
            for (int i = 0; i < n; i++) {
                banner.accept(buffer[i]);
            }
            banner.flush();
        }
        banner.release(banner.crashed ? err : out);
        banner.flush();
    }

    private void accept(byte b) throws IOException {
        if (crashed) {
            err.write(b);
            return;
        }
        if (atLineStart && !holding && b != '#') {
            release(out);
        }
        if (atLineStart && b == '#') {
            holding = true;
        }
        if (holding) {
            held.write(b);
        } else {
            out.write(b);
        }
        atLineStart = b == '\n';
        if (atLineStart && holding) {
            lineHeld();
        }
    }

    /** A whole {@code #} line is held: the banner starts here, or it may be the banner's opening line. */
    private void lineHeld() throws IOException {
        String text = held.toString(StandardCharsets.UTF_8);
        int lastLine = text.lastIndexOf('\n', text.length() - 2) + 1;
        if (text.startsWith(FIRST_LINE, lastLine)) {
            crashed = true;
            release(err);
        } else if (!text.substring(lastLine).strip().equals("#")) {
            release(out);
        }
        holding = false;
    }

    private void release(OutputStream to) throws IOException {
        held.writeTo(to);
        held.reset();
    }

    private void flush() throws IOException {
        out.flush();
        err.flush();
    }
}
