package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body is read whole, as it came, within the cap, allocating about its own size when it says its length and
 * twice that when it does not (a compressed answer), where a growing buffer made some 3.5 times (issue 13).
 */
class ExchangeReadTest {
    private static final int SIZE = 100_000;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final byte[] page = new byte[SIZE];

    ExchangeReadTest() {
        new Random(13).nextBytes(page);
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private byte[] read(byte[] bytes, long declared, long limit) throws Exception {
        try (Exchange ex = Exchange.start(new HttpGet("http://127.0.0.1/"), Duration.ofSeconds(30), timer,
                System::nanoTime)) {
            return ex.read(new BasicHttpEntity(new ByteArrayInputStream(bytes), declared, ContentType.TEXT_HTML),
                    limit);
        }
    }

    private long allocatedReading(long declared) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        read(page, declared, 1 << 20); // classes loaded and initialised
        long before = threads.getThreadAllocatedBytes(id);
        read(page, declared, 1 << 20);
        return threads.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void aBodyOfADeclaredLengthIsReadIntoOneArrayOfItsSize() throws Exception {
        assertThat(read(page, SIZE, SIZE)).isEqualTo(page);
        assertThat(allocatedReading(SIZE)).isLessThan(SIZE + 8_192);
    }

    @Test
    void aBodyOfNoDeclaredLengthAllocatesAboutTwiceItsSize() throws Exception {
        assertThat(read(page, -1, SIZE)).isEqualTo(page);
        assertThat(allocatedReading(-1)).isLessThan(2 * SIZE + 16_384);
    }

    @Test
    void aBodyPastTheCapIsRefusedWhetherItSaysItsLengthOrNot() throws Exception {
        assertThatThrownBy(() -> read(page, SIZE, SIZE - 1)).isInstanceOf(PageTooLarge.class);
        assertThatThrownBy(() -> read(page, -1, SIZE - 1)).isInstanceOf(PageTooLarge.class);
        assertThatThrownBy(() -> read(page, 10, SIZE - 1)).isInstanceOf(PageTooLarge.class);
        assertThat(read(page, -1, Long.MAX_VALUE)).isEqualTo(page);
    }

    @Test
    void aBodyLongerOrShorterThanItSaidIsReadAsItCame() throws Exception {
        assertThat(read(page, 10, SIZE)).isEqualTo(page);
        assertThat(read(java.util.Arrays.copyOf(page, 10), 20, SIZE)).isEqualTo(java.util.Arrays.copyOf(page, 10));
        assertThat(read(new byte[0], 0, SIZE)).isEmpty();
    }
}
