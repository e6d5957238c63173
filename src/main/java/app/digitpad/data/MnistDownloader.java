package app.digitpad.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Fetches MNIST from public mirrors into a folder, trying the next mirror when one fails, and keeps a
 * file only when its SHA-256 is the published one. Each file streams into a temp file beside its target
 * and is renamed into place, so a failure never leaves a half-written file under the real name.
 */
public final class MnistDownloader {

    /** Public mirrors in the order tried; each serves the four original .gz files. */
    public static final List<URI> DEFAULT_MIRRORS = List.of(
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
            URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"),
            URI.create("http://yann.lecun.com/exdb/mnist/"));

    /** Told about bytes as they arrive; total is -1 when the server does not say. */
    @FunctionalInterface
    public interface Progress {
        void update(MnistFile file, long bytes, long total);
    }

    /** How often a running download's progress is read. */
    private static final long POLL_MILLIS = 100;
    /** A mirror that sends nothing for this long is abandoned for the next one. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final List<URI> mirrors;
    private final Duration idleTimeout;

    public MnistDownloader(HttpClient client, List<URI> mirrors, Duration idleTimeout) {
        this.client = client;
        this.mirrors = List.copyOf(mirrors);
        this.idleTimeout = idleTimeout;
    }

    public static MnistDownloader withDefaults() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new MnistDownloader(client, DEFAULT_MIRRORS, DEFAULT_IDLE_TIMEOUT);
    }

    /** Downloads the four files that are not already present with the right checksum. */
    public void downloadAll(Path folder, Progress progress) throws IOException, InterruptedException {
        for (MnistFile file : MnistFile.values()) {
            download(folder, file, progress);
        }
    }

    /** Downloads one file; returns its path. Throws with every mirror's failure when none gave it. */
    public Path download(Path folder, MnistFile file, Progress progress) throws IOException, InterruptedException {
        boolean created = !Files.exists(folder);
        Files.createDirectories(folder);
        try {
            return fetch(folder, file, progress);
        } catch (IOException | InterruptedException e) {
            if (created) {
                deleteIfEmpty(folder);
            }
            throw e;
        }
    }

    /** A folder made for a download that brought nothing is removed again, so no empty data folder is left. */
    private static void deleteIfEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException ignored) {
            // Leaving an empty folder is harmless; the download's own error is what the user needs.
        }
    }

    private Path fetch(Path folder, MnistFile file, Progress progress) throws IOException, InterruptedException {
        Path target = folder.resolve(file.gzName());
        if (Files.isRegularFile(target) && file.sha256().equals(sha256(target))) {
            progress.update(file, Files.size(target), Files.size(target));
            return target;
        }
        List<String> failures = new ArrayList<>();
        for (URI mirror : mirrors) {
            try {
                fetchVerified(mirror.resolve(file.gzName()), file, target, progress);
                return target;
            } catch (IOException e) {
                failures.add(mirror + ": " + e.getMessage());
            }
        }
        throw new IOException("Could not download " + file.gzName() + " from any mirror:\n  "
                + String.join("\n  ", failures));
    }

    private void fetchVerified(URI uri, MnistFile file, Path target, Progress progress)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(idleTimeout).GET().build();
        Path temp = Files.createTempFile(target.getParent(), file.gzName(), ".part");
        try {
            AtomicLong total = new AtomicLong(-1);
            HttpResponse<Path> response = awaitBody(uri, client.sendAsync(request, info -> {
                total.set(info.headers().firstValueAsLong("Content-Length").orElse(-1));
                return HttpResponse.BodySubscribers.ofFile(temp);
            }), temp, size -> progress.update(file, size, total.get()));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            long size = Files.size(temp);
            if (total.get() >= 0 && size != total.get()) {
                throw new IOException("body ended after " + size + " of " + total.get() + " bytes");
            }
            String digest = sha256(temp);
            if (!file.sha256().equals(digest)) {
                throw new IOException("checksum mismatch: expected SHA-256 " + file.sha256() + ", got " + digest);
            }
            progress.update(file, size, size);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Waits for the body while watching the temp file grow: reports progress, and abandons the mirror when
     * nothing arrived for the idle timeout (the client's own timeout covers only the wait for headers).
     */
    private HttpResponse<Path> awaitBody(URI uri, CompletableFuture<HttpResponse<Path>> future, Path temp,
                                         LongConsumer onProgress) throws IOException, InterruptedException {
        long lastSize = 0;
        long lastChange = System.nanoTime();
        while (true) {
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                long size = Files.exists(temp) ? Files.size(temp) : 0;
                if (size != lastSize) {
                    lastSize = size;
                    lastChange = System.nanoTime();
                    onProgress.accept(size);
                } else if (System.nanoTime() - lastChange > idleTimeout.toNanos()) {
                    future.cancel(true);
                    throw new IOException("no data for " + idleTimeout.toSeconds() + " s after " + size + " bytes");
                }
            } catch (ExecutionException e) {
                throw failure(uri, e.getCause());
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            }
        }
    }

    /** A transport failure in words: "could not connect" for a refused or unreachable host, else its type. */
    private static IOException failure(URI uri, Throwable cause) {
        if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                || cause instanceof java.nio.channels.UnresolvedAddressException
                || cause instanceof java.net.NoRouteToHostException) {
            return new IOException("could not connect to " + uri.getHost() + " (no network?)", cause);
        }
        String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new IOException(cause.getClass().getSimpleName() + detail, cause);
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
