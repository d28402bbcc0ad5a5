package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncLedgerTest {
    @TempDir
    Path dir;

    private static SyncLedger.Entry todo(String item) {
        return new SyncLedger.Entry(item, "t " + item, false);
    }

    @Test
    void whatAnItemFoundAndThatItIsDoneOutliveTheProcess() throws Exception {
        Path file = dir.resolve("store.sqlite");
        try (SyncLedger ledger = SyncLedger.open(file)) {
            ledger.add("p", null, List.of(todo("list 2 1")));
            ledger.add("p", "list 2 1", List.of(todo("article 12 1"), todo("article 13 1")));
        }
        try (SyncLedger again = SyncLedger.open(file)) {
            assertThat(again.entries("p")).containsExactly(new SyncLedger.Entry("list 2 1", "t list 2 1", true),
                    todo("article 12 1"), todo("article 13 1"));
            assertThat(again.entries("other plan")).isEmpty();
        }
    }

    @Test
    void anItemFoundTwiceIsPlannedOnce() throws Exception {
        try (SyncLedger ledger = SyncLedger.inMemory()) {
            ledger.add("p", null, List.of(todo("list 2 1"), todo("list 5 1")));
            assertThat(ledger.add("p", "list 2 1", List.of(todo("article 3 1")))).hasSize(1);
            assertThat(ledger.add("p", "list 5 1", List.of(todo("article 3 1")))).isEmpty();
            assertThat(ledger.entries("p")).hasSize(3);
        }
    }

    @Test
    void aFinishedPlanIsForgotten() throws Exception {
        try (SyncLedger ledger = SyncLedger.open(dir.resolve("store.sqlite"))) {
            ledger.add("p", null, List.of(todo("list 2 1")));
            ledger.finish("p");
            assertThat(ledger.entries("p")).isEmpty();
        }
    }

    @Test
    void theLedgerSharesTheFileWithThePagesOfTheStore() throws Exception {
        Path file = dir.resolve("store.sqlite");
        try (SiteStore store = SiteStore.open(file, 1 << 20, "default", java.time.Clock.systemUTC(), n -> { });
             SyncLedger ledger = SyncLedger.open(file)) {
            store.save(dev.fenghuang.cache.CacheKey.article(1, 1), StoredRecords.article(1),
                    java.time.Instant.now());
            ledger.add("p", null, List.of(todo("article 1 1")));
            assertThat(store.usable()).isTrue();
            assertThat(store.load(dev.fenghuang.cache.CacheKey.article(1, 1))).isPresent();
        }
    }
}
