package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A missing gate (deleted, or a folder in its place) is said, once per process and file, with what the app
 * does without it; the loader answers empty instead of failing.
 */
class MissingGateTest {

    private static List<String> warningsWhile(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(app.digitpad.model.SmallNetworks.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            work.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aDeletedGateIsSaidOnceWithWhatHappensWithoutIt(@TempDir Path models) {
        Path gate = models.resolve("not-a-digit.gate");
        List<String> said = warningsWhile(() -> {
            assertTrue(DigitGate.load(gate).isEmpty());
            assertTrue(DigitGate.load(gate).isEmpty());
        });
        assertEquals(1, said.size(), "once per process: " + said);
        assertTrue(said.get(0).contains(gate.toString()) && said.get(0).contains("missing")
                && said.get(0).contains(DigitGate.WITHOUT), said.get(0));
    }

    @Test
    void aFolderInTheGatesPlaceIsSaidToo(@TempDir Path models) throws Exception {
        Path gate = Files.createDirectory(models.resolve("not-a-digit.gate"));
        List<String> said = warningsWhile(() -> assertTrue(DigitGate.load(gate).isEmpty()));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("not a file") && said.get(0).contains(DigitGate.WITHOUT), said.get(0));
    }
}
