package app.digitpad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader against a real HTTP server on loopback serving real MNIST bytes, good and bad. */
class MnistDownloaderTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private ServerSocket truncating;
    private byte[] goodLabels;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        goodLabels = Files.readAllBytes(TestData.mnistDir().resolve(MnistFile.TEST_LABELS.gzName()));
        byte[] otherFile = Files.readAllBytes(TestData.mnistDir().resolve(MnistFile.TRAIN_LABELS.gzName()));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good/", ex -> send(ex, goodLabels, goodLabels.length));
        server.createContext("/wrong/", ex -> send(ex, otherFile, otherFile.length));
        server.createContext("/stalled/", ex -> send(ex, java.util.Arrays.copyOf(goodLabels, 1000), goodLabels.length));
        server.createContext("/missing/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.stop(0);
        if (truncating != null) {
            truncating.close();
        }
    }

    /** A mirror that announces the whole file, sends 1,000 bytes and closes the connection. */
    private URI truncatingMirror() throws IOException {
        truncating = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!truncating.isClosed()) {
                try (Socket s = truncating.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + goodLabels.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(goodLabels, 0, 1000);
                    out.flush();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return URI.create("http://127.0.0.1:" + truncating.getLocalPort() + "/mnist/");
    }

    private void send(HttpExchange ex, byte[] body, long announced) throws IOException {
        requests.incrementAndGet();
        ex.sendResponseHeaders(200, announced);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException closedEarly) {
            // The truncated mirror promises more than it sends; the client sees the connection end.
        }
        ex.close();
    }

    private URI mirror(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path + "/");
    }

    private MnistDownloader downloader(String... mirrors) {
        return downloader(Stream.of(mirrors).map(this::mirror).toList());
    }

    private MnistDownloader downloader(List<URI> mirrors) {
        return new MnistDownloader(HttpClient.newHttpClient(), mirrors, Duration.ofSeconds(1));
    }

    @Test
    void fallsThroughBrokenMirrorsToAVerifiedFile() throws Exception {
        AtomicLong lastBytes = new AtomicLong();
        Path file = downloader(List.of(mirror("missing"), mirror("wrong"), truncatingMirror(), mirror("stalled"),
                mirror("good")))
                .download(tmp, MnistFile.TEST_LABELS, (f, bytes, total) -> lastBytes.set(bytes));
        assertEquals(tmp.resolve("t10k-labels-idx1-ubyte.gz"), file);
        assertEquals(MnistFile.TEST_LABELS.sha256(), MnistDownloader.sha256(file));
        assertEquals(goodLabels.length, lastBytes.get());
        assertEquals(10_000, IdxReader.readLabels(file).length);
        assertEquals(List.of(file), listing());
    }

    @Test
    void checksumMismatchLeavesNothingBehind() throws IOException {
        IOException e = assertThrows(IOException.class,
                () -> downloader("wrong").download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { }));
        assertTrue(e.getMessage().contains("checksum mismatch: expected SHA-256 " + MnistFile.TEST_LABELS.sha256()),
                e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void truncatedBodyLeavesNothingBehind() throws IOException {
        MnistDownloader d = downloader(List.of(truncatingMirror()));
        IOException e = assertThrows(IOException.class, () -> d.download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { }));
        assertTrue(e.getMessage().contains("Could not download t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void aMirrorThatStopsSendingIsAbandoned() throws IOException {
        IOException e = assertThrows(IOException.class,
                () -> downloader("stalled").download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { }));
        assertTrue(e.getMessage().contains("no data for 1 s after 1000 bytes"), e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void noNetworkSaysSoAndLeavesNoEmptyFolder() throws Exception {
        java.net.ServerSocket closed = new java.net.ServerSocket(0);
        int port = closed.getLocalPort();
        closed.close();
        Path folder = tmp.resolve("mnist");
        MnistDownloader d = downloader(List.of(URI.create("http://127.0.0.1:" + port + "/mnist/")));
        IOException e = assertThrows(IOException.class, () -> d.download(folder, MnistFile.TEST_LABELS, (f, b, t) -> { }));
        assertTrue(e.getMessage().contains("http://127.0.0.1:" + port + "/mnist/: could not connect to 127.0.0.1 "
                + "(no network?)"), e.getMessage());
        assertTrue(!e.getMessage().contains("null"), e.getMessage());
        assertTrue(!Files.exists(folder), "the folder is made only when a file arrives");
    }

    @Test
    void notFoundIsReportedPerMirror() throws IOException {
        IOException e = assertThrows(IOException.class,
                () -> downloader("missing").download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { }));
        assertTrue(e.getMessage().contains("/missing/: HTTP 404"), e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void aVerifiedFileAlreadyThereIsNotFetchedAgain() throws Exception {
        Files.write(tmp.resolve(MnistFile.TEST_LABELS.gzName()), goodLabels);
        downloader("good").download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { });
        assertEquals(0, requests.get());
    }

    @Test
    void aDamagedFileAlreadyThereIsReplaced() throws Exception {
        Path target = tmp.resolve(MnistFile.TEST_LABELS.gzName());
        Files.writeString(target, "half a file");
        downloader("good").download(tmp, MnistFile.TEST_LABELS, (f, b, t) -> { });
        assertEquals(MnistFile.TEST_LABELS.sha256(), MnistDownloader.sha256(target));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }
}
