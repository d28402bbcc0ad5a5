package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync ledger's transaction and the pages' writes are two connections of one process to one file: a long plan
 * insert (600,000 items; the review saw 300,000) must not make a page write wait out SQLite's busy timeout and give
 * the store up as "locked by another program".
 */
class OwnLockTest {
    @TempDir
    Path dir;

    @Test
    void aLongLedgerTransactionNeverLocksThisProcessOutOfItsOwnStore() throws Exception {
        Path file = dir.resolve("store.sqlite");
        List<SyncLedger.Entry> plan = new ArrayList<>();
        for (int i = 0; i < 600_000; i++) {
            String title = ("渠县新闻第" + i + "篇，标题长一些以占满一页").repeat(3);
            plan.add(new SyncLedger.Entry("article " + i + " 1", title, false));
        }
        List<String> notices = new ArrayList<>();
        try (SiteStore store = SiteStore.open(file, 200L << 20, "default", Clock.systemUTC(), notices::add);
             SyncLedger ledger = SyncLedger.open(file)) {
            CompletableFuture<List<SyncLedger.Entry>> adding = CompletableFuture.supplyAsync(() -> {
                try {
                    return ledger.add("big", null, plan);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long saved = 0;
            while (!adding.isDone() || saved == 0) {
                saved++;
                store.save(CacheKey.article(saved, 1), StoredRecords.article(saved), Clock.systemUTC().instant());
            }
            assertThat(adding.get()).hasSize(plan.size());
            assertThat(notices).as("the store was never given up").isEmpty();
            assertThat(store.load(CacheKey.article(saved, 1))).isPresent();
        }
    }
}
