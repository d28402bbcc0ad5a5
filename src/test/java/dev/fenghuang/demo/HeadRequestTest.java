package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code curl -I}: a HEAD request gets the headers a GET would, no body, and the JDK server warns of nothing. */
class HeadRequestTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** The JDK server's logger, which warns when a body (or its length) is given for a HEAD request. */
    private static final Logger SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private DemoPortal portal;

    @BeforeEach
    void start() {
        SERVER_LOG.addHandler(catcher);
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
        SERVER_LOG.removeHandler(catcher);
    }

    private static String head(DemoPortal portal, String target) {
        return "HEAD /" + target + " HTTP/1.1\r\nHost: " + portal.baseUrl().getAuthority() + "\r\nUser-Agent: "
                + Fetch.DESKTOP_UA + "\r\nConnection: close\r\n\r\n";
    }

    @Test
    void headAnswersWithTheHeadersOfAGetAndNoBody() {
        for (String target : List.of("portal.php", "portal.php?mod=view&aid=1", "forum.php?mod=viewthread&tid=1",
                "static/image/common/logo.png")) {
            Wire.Answer got = Wire.send(portal, Wire.get(portal, target), PATIENCE);
            Wire.Answer head = Wire.send(portal, head(portal, target), PATIENCE);
            assertThat(head.end()).as(target).isEqualTo(Wire.End.EOF);
            assertThat(head.status()).as(target).isEqualTo(got.status());
            assertThat(head.header("Content-Type")).as(target).isEqualTo(got.header("Content-Type"));
            assertThat(head.body()).as(target).isEmpty();
            if (got.status() == 200 && !got.header("Content-Length").isEmpty()) {
                assertThat(head.header("Content-Length")).as(target).isEqualTo(got.header("Content-Length"));
            }
        }
        synchronized (warnings) {
            assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
        }
    }
}
