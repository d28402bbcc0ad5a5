package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's per-page statements are compiled once per connection, not at every lookup and save: SQLite compiles a
 * statement's text anew at each prepare, about half of a page's lookup on the reader's thread (issue 13).
 */
class StatementsTest {
    @TempDir
    Path dir;

    @Test
    void pagesAndMarksReadAndWrittenManyTimesPrepareEachStatementOnce() throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        try (Connection real = StoreConnection.open(dir.resolve("site.db"), 1000)) {
            new StoreSchema().migrate(real);
            Statements statements = new Statements(counting(real, prepared));
            PageRows rows = new PageRows(statements, "guest");
            PageRows guests = new PageRows(statements, "member:ann");
            MarkRows marks = new MarkRows(statements, "guest");
            for (int aid = 1; aid <= 40; aid++) {
                CacheKey key = CacheKey.article(aid, 1);
                assertThat(rows.read(key, 1_000L)).isEmpty();
                rows.write(key, "{\"aid\":" + aid + "}", 1_000L + aid);
                assertThat(rows.rowid(key)).isPresent();
                assertThat(rows.read(key, 1_000L + aid).orElseThrow().body()).isEqualTo("{\"aid\":" + aid + "}");
                assertThat(guests.read(key, 1_000L)).as("another viewer's rows").isEmpty();
                marks.write(ReadMark.ARTICLE, aid, new ReadMark(Instant.ofEpochMilli(aid), OptionalLong.of(aid)));
                assertThat(marks.read(ReadMark.ARTICLE, aid).orElseThrow().commentsSeen()).hasValue(aid);
            }
        }
        assertThat(prepared).as("page read, write and rowid; mark write and read").hasValue(5);
    }

    /** {@code real}, counting its {@code prepareStatement} calls. */
    private static Connection counting(Connection real, AtomicInteger prepared) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
