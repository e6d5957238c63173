package app.digitpad;

import app.digitpad.data.DataLocator;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Opens the window from a class-data-sharing archive of the classes it loads. Building the window is mostly
 * loading classes (JavaFX, AtlantaFX, DL4J, ND4J: about 0.7 s of a 2.3 s start here), and an archive of them
 * maps them in ready-made. A jar cannot carry the JVM option that names an archive, so the window runs in a
 * child JVM ({@link ChildJvm}). The first start of a jar with a Java writes the archive when the window
 * closes ({@code -XX:ArchiveClassesAtExit}, to a temporary name, renamed once the child exited cleanly); later
 * starts use it. Archives live in DigitPad's cache folder under a name made from the jar (path, size, time)
 * and the Java runtime, so a rebuilt jar or another Java makes a new one and the old ones of that jar path are
 * removed (they are DigitPad's own files, in DigitPad's own folder). {@code -Ddigitpad.cds=off}, or any class-data-sharing
 * option of the user's own, runs the window in place as before.
 *
 * <p>Main thread, before anything else starts. What runs before the child starts uses no lambdas or streams:
 * their first use costs a JVM about 10 ms of bootstrapping, before the window's first frame.
 */
final class ClassDataSharing {

    /** Set in the child JVM, so that it never restarts again; also the user's switch ({@code off}). */
    static final String MARK = "digitpad.cds";
    private static final String PREFIX = "window-";
    private static final String SUFFIX = ".jsa";
    /**
     * Keeps CDS's own notes (classes it cannot archive) off the user's terminal; the child's crash report, if
     * any, goes beside the archives (-XX:ErrorFile), not into the folder the user started from.
     */
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** What to run: the child's command line, the archive it uses or writes, and where a first run dumps it. */
    record Plan(List<String> command, Path archive, Optional<Path> dumpTo) {
    }

    private ClassDataSharing() {
    }

    /** The plan for the window, or empty to run it in this JVM. {@code archived}: the archive exists. */
    static Optional<Plan> plan(List<String> jvmOptions, Optional<String> java, String classPath, Path archive,
                               boolean archived, String mark, long pid) {
        boolean userChose = false;
        for (String o : jvmOptions) {
            userChose |= o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")
                    || o.startsWith("-D" + MARK + "=");
        }
        if (mark != null || userChose || java.isEmpty() || classPath == null || !classPath.endsWith(".jar")
                || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Optional<Path> dumpTo = archived ? Optional.empty()
                : Optional.of(archive.resolveSibling(archive.getFileName() + ".part-" + pid));
        List<String> extra = new ArrayList<>(QUIET);
        extra.add(archived ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dumpTo.get());
        extra.add("-XX:ErrorFile=" + archive.resolveSibling("hs_err_pid%p.log"));
        extra.add("-D" + MARK + "=child");
        return Optional.of(new Plan(ChildJvm.command(java.get(), jvmOptions, extra, classPath, List.of()), archive,
                dumpTo));
    }

    /**
     * The archive's name for this jar and this Java: {@code window-<jar's path>-<its build and the Java>.jsa},
     * so any change to either gives another name, and the archives of one path can be told apart from
     * another's (two clones, two installs: each keeps its own).
     */
    static String archiveName(Path jar, long size, long modified, String vmVersion, String javaHome) {
        String path = jar.toAbsolutePath().toString();
        return PREFIX + hash(path) + "-" + hash(path + "|" + size + "|" + modified + "|" + vmVersion + "|" + javaHome)
                + SUFFIX;
    }

    /**
     * 48 bits of FNV-1a over the key's UTF-8 bytes, as 12 hex digits. Not SHA-256, which named the archives
     * before: the security providers it loads cost the launcher about 20 ms before the window's JVM started.
     */
    static String hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(h >>> 16);
        return "0".repeat(12 - hex.length()) + hex;
    }

    /**
     * Removes this jar path's archives named as before {@link #hash} (by SHA-256), which no later name would
     * replace: 55 MB each. Called after a first start's dump, once the window has closed, so its cost is
     * nobody's wait.
     */
    static void removeEarlierNamed(Path folder, Path jar) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] path = jar.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
            String prefix = PREFIX + HexFormat.of().formatHex(sha.digest(path), 0, 6) + "-";
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            System.err.println("note: an earlier class archive of the window was not removed (" + e.getMessage() + ")");
        }
    }

    /** Runs the window in a child JVM with the archive when that applies; its exit status, or empty to run here. */
    static Optional<Integer> runWindow() {
        if (System.getProperty(MARK) != null) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path");
        Optional<Plan> plan;
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            Path folder = DataLocator.system().cacheFolder().resolve("cds");
            Path archive = folder.resolve(archiveName(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                    System.getProperty("java.vm.version"), System.getProperty("java.home")));
            if (!hasBaseArchive(Path.of(System.getProperty("java.home")))) {
                return Optional.empty();
            }
            plan = plan(ManagementFactory.getRuntimeMXBean().getInputArguments(), ChildJvm.java(), classPath,
                    archive, Files.isRegularFile(archive), System.getProperty(MARK), ProcessHandle.current().pid());
            if (plan.isPresent()) {
                Files.createDirectories(folder);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        try {
            long started = System.nanoTime();
            int status = ChildJvm.run(plan.get().command());
            if (plan.get().dumpTo().isPresent()) {
                keep(plan.get().dumpTo().get(), plan.get().archive(), status);
                removeEarlierNamed(plan.get().archive().getParent(), Path.of(classPath));
            }
            if (plan.get().dumpTo().isEmpty() && archiveBroke(status, (System.nanoTime() - started) / 1_000_000)) {
                Files.deleteIfExists(plan.get().archive());
                System.err.println("note: the window's class archive " + plan.get().archive() + " could not be used "
                        + "(the JVM stopped with status " + status + "); it was removed, and the window starts without it");
                return Optional.empty();
            }
            return Optional.of(status);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Whether a child that used an archive stopped the way a JVM stops on a damaged one (a fatal error: abort,
     * bus error, segmentation fault) before a window could have been used: then the archive goes and the window
     * starts in place. Not for a user's kill (SIGKILL, SIGTERM) or a window that ran.
     */
    static boolean archiveBroke(int status, long millis) {
        return ChildJvm.diedOfFatalError(status) && millis < 30_000;
    }

    /**
     * Whether this Java has the JDK's own class archive, which the window's archive extends: a jlink image made
     * without {@code --generate-cds-archive} has none, and a JVM asked to dump on top of nothing does not start.
     */
    static boolean hasBaseArchive(Path javaHome) {
        for (String dir : List.of("lib/server", "bin/server")) {
            if (Files.isRegularFile(javaHome.resolve(dir).resolve("classes.jsa"))) {
                return true;
            }
        }
        return false;
    }

    /** A part whose writer still runs (two first starts at once), or an archive: false for an archive. */
    private static boolean dumpingNow(Path p) {
        String name = p.getFileName().toString();
        int at = name.lastIndexOf(".part-");
        if (at < 0) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(name.substring(at + 6))).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * After a first run: the dumped archive takes its name when the window closed cleanly; earlier archives of
     * the same jar path (an older build, another Java) and parts left by a killed first start go; a dump cut short is removed.
     * Failing here costs only speed.
     */
    static void keep(Path part, Path archive, int status) {
        try {
            if (status == 0 && Files.isRegularFile(part) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
                String samePath = archive.getFileName().toString().substring(0, PREFIX.length() + 13);
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), samePath + "*")) {
                    for (Path p : old) {
                        if (!p.equals(archive) && !dumpingNow(p)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            System.err.println("note: the window's class archive was not kept (" + e.getMessage() + ")");
        }
    }
}
